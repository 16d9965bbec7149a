// Ranks players for the leaderboard, highest score first.
export interface Entry {
  name: string;
  score: number;
}

export function rank(entries: readonly Entry[]): (Entry & { rank: number })[] {
  const sorted = [...entries].sort((a, b) => b.score - a.score);
  let rank = 0;
  let previous: number | undefined;
  return sorted.map((entry) => {
    if (entry.score !== previous) rank++;
    previous = entry.score;
    return { ...entry, rank };
  });
}
