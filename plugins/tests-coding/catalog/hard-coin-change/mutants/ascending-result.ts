export interface CoinCount {
  coin: number;
  count: number;
}

export function makeChange(amount: number, inventory: CoinCount[]): CoinCount[] | null {
  if (!Number.isInteger(amount) || amount < 0)
    throw new RangeError(`amount must be a non-negative integer, got ${amount}`);
  const available = new Map<number, number>();
  for (const { coin, count } of inventory) {
    if (!Number.isInteger(coin) || coin < 1)
      throw new RangeError(`coin must be a positive integer, got ${coin}`);
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`count must be a non-negative integer, got ${count}`);
    available.set(coin, (available.get(coin) ?? 0) + count);
  }
  const coins = [...available.keys()].sort((a, b) => b - a);
  // best[i][r]: fewest coins paying r with coins[i..], and how many of coins[i] that solution uses.
  const memo = new Map<number, { total: number; take: number } | null>();
  const best = (i: number, rest: number): { total: number; take: number } | null => {
    if (rest === 0) return { total: 0, take: 0 };
    if (i === coins.length) return null;
    const key = i * (amount + 1) + rest;
    if (memo.has(key)) return memo.get(key) as { total: number; take: number } | null;
    const coin = coins[i] as number;
    let found: { total: number; take: number } | null = null;
    for (let take = Math.min(available.get(coin) as number, Math.floor(rest / coin)); take >= 0; take--) {
      const after = best(i + 1, rest - take * coin);
      if (after && (found === null || after.total + take < found.total))
        found = { total: after.total + take, take };
    }
    memo.set(key, found);
    return found;
  };
  if (!best(0, amount)) return null;
  const result: CoinCount[] = [];
  let rest = amount;
  for (let i = 0; i < coins.length && rest > 0; i++) {
    const step = best(i, rest) as { total: number; take: number };
    if (step.take > 0) result.push({ coin: coins[i] as number, count: step.take });
    rest -= step.take * (coins[i] as number);
  }
  return result.reverse();
}
