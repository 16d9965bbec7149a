// Number formats of the Markdown summaries: core's, with intervals in parentheses and plain numbers.
import { formatProportion as formatWithInterval } from "@benchloop/core";

/** A proportion with its interval: "45.1% (40.3–50.0)". */
export function formatProportion(
  interval: { estimate: number; lower: number; upper: number } | undefined,
): string {
  return formatWithInterval(interval, ["(", ")"]);
}

/** A number with at most one decimal, or "–". */
export function formatNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "–" : String(Math.round(value * 10) / 10);
}
