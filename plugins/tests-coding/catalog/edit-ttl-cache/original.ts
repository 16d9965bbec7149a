// A cache whose entries expire `ttlMs` after they were set. `now` is injected for testing.
export function createTtlCache<V>(ttlMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  return {
    set(key: string, value: V): void {
      entries.set(key, { value, expiresAt: now() + ttlMs });
    },
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt < now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    has(key: string): boolean {
      return entries.has(key);
    },
    size(): number {
      return entries.size;
    },
  };
}
