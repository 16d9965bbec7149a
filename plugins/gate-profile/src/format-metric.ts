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
