const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** n choose k, kept exact: every intermediate value is itself a binomial coefficient. */
function choose(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}

/** Distinct arrangements of a multiset given by its counts. */
function arrangements(counts: Map<string, number>): number {
  let total = 0;
  let out = 1;
  for (const count of counts.values()) {
    total += count;
    out *= choose(total, count);
  }
  return out;
}

function countsOf(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of [...items].sort(byString)) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

export function permutationRank(items: string[]): number {
  const counts = countsOf(items);
  let rank = 0;
  for (const item of items) {
    for (const [candidate, count] of counts) {
      if (byString(candidate, item) >= 0) break;
      if (count === 0) continue;
      counts.set(candidate, count - 1);
      rank += arrangements(counts);
      counts.set(candidate, count);
    }
    counts.set(item, (counts.get(item) as number) - 1);
  }
  return rank;
}

export function permutationAt(items: string[], rank: number): string[] {
  const counts = countsOf(items);
  const total = arrangements(counts);
  if (!Number.isInteger(rank) || rank < 0 || rank >= total) {
    throw new RangeError(`rank must be an integer from 0 to ${total - 1}, got ${rank}`);
  }
  const out: string[] = [];
  const rest = rank;
  for (let position = 0; position < items.length; position++) {
    for (const [candidate, count] of counts) {
      if (count === 0) continue;
      counts.set(candidate, count - 1);
      const block = arrangements(counts);
      if (rest < block) {
        out.push(candidate);
        break;
      }
      counts.set(candidate, count);
    }
  }
  return out;
}
