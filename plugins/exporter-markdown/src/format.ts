// Number formats of the Markdown summaries: percentages with one decimal, intervals, durations.

/** 0.4512 → "45.1%". */
export function formatPercent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "–" : `${(value * 100).toFixed(1)}%`;
}

/** A proportion with its interval: "45.1% (40.3–50.0)". */
export function formatProportion(
  interval: { estimate: number; lower: number; upper: number } | undefined,
): string {
  if (!interval) return "–";
  return `${formatPercent(interval.estimate)} (${(interval.lower * 100).toFixed(1)}–${(interval.upper * 100).toFixed(1)})`;
}

/** Milliseconds for people: "850 ms", "12.3 s", "4 min 05 s", "3 h 48 min". */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return "–";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
  return `${Math.floor(seconds / 3600)} h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")} min`;
}

/** A number with at most one decimal, or "–". */
export function formatNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "–" : String(Math.round(value * 10) / 10);
}
