// Reads durations from the config file ("30s", "5m", "2h") into milliseconds.
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

export function parseDuration(text: string): number {
  const value = Number.parseFloat(text);
  const unit = text.slice(-1);
  return value * (UNITS[unit] ?? 1);
}
