// Number formats of the report: percentages, intervals, durations, speeds and bytes, "–" for no data.

/** 0.4512 → "45.1%". */
export function formatPercent(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? "–" : `${(value * 100).toFixed(digits)}%`;
}

/** An interval in percent without the sign: "40.3–50.0". */
export function formatRange(lower: number, upper: number): string {
  return `${(lower * 100).toFixed(1)}–${(upper * 100).toFixed(1)}`;
}

/** A difference of proportions in percentage points: "+3.2 pp", "−1.0 pp". */
export function formatPoints(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  const points = Math.abs(value * 100) < 0.05 ? 0 : value * 100;
  return `${points > 0 ? "+" : points < 0 ? "−" : ""}${Math.abs(points).toFixed(1)} pp`;
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

/** A number with fixed digits, or "–". */
export function formatNumber(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits);
}

/** Bytes for people: "512 MB", "7.4 GB". */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return "–";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value >= 100 || unit === 0 ? 0 : 1)} ${units[unit]}`;
}
