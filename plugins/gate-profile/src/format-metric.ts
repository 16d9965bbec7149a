// How metric values read in messages and reports: rates with 3 decimals, times in ms or s, VRAM in GiB.
import type { GateMetric } from "./policy-schema.js";

/** Formats a number with at most `digits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toFixed(digits)));
}

/** Formats a metric's value with its unit. */
export function formatMetricValue(metric: GateMetric | "items", value: number): string {
  if (metric.endsWith("Ms"))
    return value >= 10_000 ? `${formatNumber(value / 1000, 1)} s` : `${Math.round(value)} ms`;
  if (metric === "vramGb") return `${formatNumber(value, 2)} GiB`;
  if (metric === "decodeTokensPerSec") return `${formatNumber(value, 1)} tok/s`;
  if (metric === "items") return String(value);
  return formatNumber(value);
}

/**
 * Formats numbers that one sentence compares, with the fewest decimals (at least `minDigits` and two
 * significant digits of the smallest non-zero value and of the smallest gap between two, at most 12) at which the text cannot contradict
 * the values: no non-zero value reads as 0, every value keeps its sign, and values that differ read
 * differently. Equal values read the same.
 */
export function formatDistinct(values: readonly number[], minDigits = 3): string[] {
  const finite = values.filter(Number.isFinite);
  // Two significant digits of the smallest non-zero value and of the smallest gap between two values.
  const gaps = finite.flatMap((v, i) => finite.slice(i + 1).map((w) => Math.abs(v - w)));
  const smallest = Math.min(...[...finite, ...gaps].filter((v) => v !== 0).map(Math.abs));
  const significant = Number.isFinite(smallest) ? 1 - Math.floor(Math.log10(smallest)) : 0;
  for (let digits = Math.min(12, Math.max(minDigits, significant)); digits <= 12; digits++) {
    const shown = finite.map((v) => Number(v.toFixed(digits)));
    const faithful = finite.every((value, i) => {
      const s = shown[i]!;
      if (value !== 0 && s === 0) return false;
      if (Math.sign(value) !== Math.sign(s)) return false;
      return finite.every((other, j) => (value === other) === (s === shown[j]));
    });
    if (faithful || digits === 12) return values.map((v) => formatNumber(v, digits));
  }
  return values.map((v) => String(v));
}
