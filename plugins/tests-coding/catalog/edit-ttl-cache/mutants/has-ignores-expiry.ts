// A cache whose entries expire `ttlMs` after they were set. `now` is injected for testing.
export function createTtlCache<V>(ttlMs: number, now: () => number = Date.now) {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0)
    throw new RangeError(`ttlMs must be a positive number, got ${ttlMs}`);
  const entries = new Map<string, { value: V; expiresAt: number }>();

  function live(key: string): { value: V; expiresAt: number } | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function purge(): number {
    let removed = 0;
    for (const key of [...entries.keys()]) {
      if (!live(key)) removed++;
    }
    return removed;
  }

  return {
    set(key: string, value: V, ttlOverrideMs = ttlMs): void {
      entries.set(key, { value, expiresAt: now() + ttlOverrideMs });
    },
    get(key: string): V | undefined {
      return live(key)?.value;
    },
    has(key: string): boolean {
      return entries.has(key);
    },
    size(): number {
      purge();
      return entries.size;
    },
    purge,
  };
}
