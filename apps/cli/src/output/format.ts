// Number and time formats shared by the analysis commands' terminal output.

/** 0.4512 → "45.1%"; "–" for nothing. */
export function formatPercent(value: number | null | undefined): string {
  return value === undefined || value === null || !Number.isFinite(value)
    ? "–"
    : `${(value * 100).toFixed(1)}%`;
}

/** A proportion with its interval: "45.1% [40.3–50.0]". */
export function formatProportion(
  interval: { estimate: number; lower: number; upper: number } | undefined,
): string {
  if (!interval) return "–";
  return `${formatPercent(interval.estimate)} [${(interval.lower * 100).toFixed(1)}–${(interval.upper * 100).toFixed(1)}]`;
}

/** A difference of proportions in percentage points: "+3.2 pp". */
export function formatPoints(value: number | null | undefined): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return "–";
  const points = value * 100;
  const rounded = Math.abs(points) < 0.05 ? 0 : points;
  return `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${Math.abs(rounded).toFixed(1)} pp`;
}

/** A delta with its interval in percentage points: "+3.2 pp [−1.0, +7.4]". */
export function formatDeltaInterval(delta: {
  delta: number;
  lower: number;
  upper: number;
  n: number;
}): string {
  if (delta.n === 0) return "–";
  const bound = (v: number) => formatPoints(v).replace(" pp", "");
  return `${formatPoints(delta.delta)} [${bound(delta.lower)}, ${bound(delta.upper)}]`;
}

/** Milliseconds for people: "850 ms", "12.3 s", "4 min 05 s", "3 h 48 min". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === undefined || ms === null || !Number.isFinite(ms)) return "–";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
  return `${Math.floor(seconds / 3600)} h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")} min`;
}

/** A number with one decimal, or "–". */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  return value === undefined || value === null || !Number.isFinite(value) ? "–" : value.toFixed(digits);
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
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** An ISO time as "2026-01-25 20:18:51 UTC". */
export function formatTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** "1 item", "2 items". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
