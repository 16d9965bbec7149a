// `keep_alive` as Ollama reads it: a number of seconds or a Go duration string ("5m", "1h30m", "0"),
// negative meaning forever; the default is five minutes.

const DEFAULT_KEEP_ALIVE_MS = 5 * 60 * 1000;
const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Milliseconds to keep a model loaded after a request: 0 unloads, `Infinity` keeps it forever. */
export function parseKeepAlive(value: unknown): number {
  if (value === undefined || value === null || value === "") return DEFAULT_KEEP_ALIVE_MS;
  if (typeof value === "number") return value < 0 ? Number.POSITIVE_INFINITY : value * 1000;
  if (typeof value !== "string") return DEFAULT_KEEP_ALIVE_MS;
  const text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return parseKeepAlive(Number(text));
  if (text.startsWith("-")) return Number.POSITIVE_INFINITY;
  let total = 0;
  let matched = "";
  for (const part of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(part[1]) * (UNIT_MS[part[2]!] ?? 0);
    matched += part[0];
  }
  return matched === text ? total : DEFAULT_KEEP_ALIVE_MS;
}
