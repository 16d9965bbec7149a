// Number, size and time formats for people, shared by the CLI and the exporters: the one place they
// are defined. Every formatter prints "–" for a missing or non-finite value.

/** Formatting options of {@link formatDuration}. */
export interface DurationStyle {
  /** "3.2s", "4m 05s" (progress lines) instead of "3.2 s", "4 min 05 s". */
  compact?: boolean;
}

/** 0.4512 → "45.1%"; "–" for nothing. */
export function formatPercent(value: number | null | undefined, digits = 1): string {
  return value === undefined || value === null || !Number.isFinite(value)
    ? "–"
    : `${(value * 100).toFixed(digits)}%`;
}

/** An interval in percent without the sign: "40.3–50.0". */
export function formatRange(lower: number, upper: number): string {
  return `${(lower * 100).toFixed(1)}–${(upper * 100).toFixed(1)}`;
}

/** A proportion with its interval: "45.1% [40.3–50.0]" (or with `("(", ")")`: "45.1% (40.3–50.0)"). */
export function formatProportion(
  interval: { estimate: number; lower: number; upper: number } | undefined,
  brackets: readonly [string, string] = ["[", "]"],
): string {
  if (!interval) return "–";
  return `${formatPercent(interval.estimate)} ${brackets[0]}${formatRange(interval.lower, interval.upper)}${brackets[1]}`;
}

/** A difference of proportions in percentage points: "+3.2 pp", "−1.0 pp". */
export function formatPoints(value: number | null | undefined): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return "–";
  const points = Math.abs(value * 100) < 0.05 ? 0 : value * 100;
  return `${points > 0 ? "+" : points < 0 ? "−" : ""}${Math.abs(points).toFixed(1)} pp`;
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

/** Milliseconds for people: "850 ms", "12.3 s", "4 min 05 s", "3 h 48 min" (compact: "4m 05s"). */
export function formatDuration(ms: number | null | undefined, style: DurationStyle = {}): string {
  if (ms === undefined || ms === null || !Number.isFinite(ms)) return "–";
  const [msUnit, sUnit, minUnit, hUnit] = style.compact ? ["ms", "s", "m", "h"] : [" ms", " s", " min", " h"];
  if (ms < 1000) return `${Math.round(ms)}${msUnit}`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}${sUnit}`;
  const seconds = Math.round(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (seconds < 3600) return `${Math.floor(seconds / 60)}${minUnit} ${pad(seconds % 60)}${sUnit}`;
  return `${Math.floor(seconds / 3600)}${hUnit} ${pad(Math.floor((seconds % 3600) / 60))}${minUnit}`;
}

/** A number with fixed digits (default one), or "–". */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  return value === undefined || value === null || !Number.isFinite(value) ? "–" : value.toFixed(digits);
}

/** Bytes for people: "512 B", "7.4 KB", "512.0 MB", "7.4 GB". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === undefined || bytes === null || !Number.isFinite(bytes)) return "–";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/** An ISO time as "2026-01-25 20:18:51 UTC" (the text itself when it is no time). */
export function formatTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  return `${time.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** "1 item", "2 items". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
