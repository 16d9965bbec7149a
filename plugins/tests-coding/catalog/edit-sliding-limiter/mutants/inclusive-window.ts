// Allows at most `limit` requests per client in any `windowMs` window. `now` is injected.
export function createLimiter(limit: number, windowMs: number, now: () => number) {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  if (!(windowMs > 0) || !Number.isFinite(windowMs))
    throw new RangeError(`windowMs must be a positive number, got ${windowMs}`);
  const log = new Map<string, number[]>();

  function recent(client: string, at: number): number[] {
    const times = (log.get(client) ?? []).filter((t) => at - t <= windowMs);
    if (times.length === 0) log.delete(client);
    else log.set(client, times);
    return times;
  }

  return {
    tryAcquire(client: string): boolean {
      const at = now();
      const times = recent(client, at);
      if (times.length >= limit) return false;
      times.push(at);
      log.set(client, times);
      return true;
    },
    remaining(client: string): number {
      return limit - recent(client, now()).length;
    },
    retryAfter(client: string): number {
      const at = now();
      const times = recent(client, at);
      if (times.length < limit) return 0;
      return times[times.length - limit]! + windowMs - at;
    },
    get clients(): number {
      const at = now();
      for (const client of [...log.keys()]) recent(client, at);
      return log.size;
    },
  };
}
