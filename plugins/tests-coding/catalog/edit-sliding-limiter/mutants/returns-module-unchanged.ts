// Allows at most `limit` requests per client in any `windowMs` window. `now` is injected.
export function createLimiter(limit: number, windowMs: number, now: () => number) {
  const log = new Map<string, number[]>();
  return {
    tryAcquire(client: string): boolean {
      const times = log.get(client) ?? [];
      const recent = times.filter((t) => now() - t <= windowMs);
      if (recent.length > limit) return false;
      recent.push(now());
      log.set(client, recent);
      return true;
    },
  };
}
