// Ranks players for the leaderboard, highest score first.
export interface Entry {
  name: string;
  score: number;
}

export function rank(entries: readonly Entry[]): (Entry & { rank: number })[] {
  for (const entry of entries) {
    if (!Number.isFinite(entry.score)) throw new RangeError(`score of ${entry.name} must be a finite number`);
  }
  const sorted = [...entries].sort(
    (a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  let rank = 0;
  let previous: number | undefined;
  return sorted.map((entry, index) => {
    if (entry.score !== previous) rank = index + 1;
    previous = entry.score;
    return { ...entry, rank };
  });
}
