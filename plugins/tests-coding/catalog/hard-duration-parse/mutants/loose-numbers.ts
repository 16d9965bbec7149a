const UNITS: [unit: string, ms: number][] = [
  ["d", 86_400_000],
  ["h", 3_600_000],
  ["m", 60_000],
  ["s", 1_000],
  ["ms", 1],
];

const PART = /\s*(\d*\.?\d*)(ms|d|h|m|s)/y;

export function parseDuration(text: string): number {
  let total = 0;
  let lastRank = -1;
  let parts = 0;
  PART.lastIndex = 0;
  for (;;) {
    const start = PART.lastIndex;
    const match = PART.exec(text);
    if (!match) {
      PART.lastIndex = start;
      break;
    }
    const rank = UNITS.findIndex(([unit]) => unit === match[2]);
    if (rank <= lastRank)
      throw new SyntaxError(`"${text}": units must go from largest to smallest, each once`);
    lastRank = rank;
    total += Number(match[1]) * (UNITS[rank] as [string, number])[1];
    parts += 1;
  }
  if (parts === 0 || text.slice(PART.lastIndex).trim() !== "") {
    throw new SyntaxError(`"${text}" is not a duration like "1h 30m"`);
  }
  return Math.round(total);
}

export function formatDuration(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`ms must be a non-negative integer, got ${ms}`);
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return parts.length === 0 ? "0ms" : parts.join(" ");
}
