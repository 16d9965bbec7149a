// Reads durations from the config file ("30s", "5m", "2h") into milliseconds.
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const ORDER = ["d", "h", "m", "s", "ms"];

export function parseDuration(text: string): number {
  const source = text.trim();
  const part = /(\d+(?:\.\d+)?)(ms|d|h|m|s)/y;
  let total = 0;
  let index = 0;
  let lastRank = -1;
  while (index < source.length) {
    part.lastIndex = index;
    const match = part.exec(source);
    if (!match) throw new SyntaxError(`"${text}" is not a duration like 1h30m, 500ms or 2.5s`);
    const rank = ORDER.indexOf(match[2]!);
    lastRank = rank;
    total += Number(match[1]) * UNITS[match[2]!]!;
    index = part.lastIndex;
  }
  if (source === "") throw new SyntaxError("an empty string is not a duration");
  return Math.round(total);
}
