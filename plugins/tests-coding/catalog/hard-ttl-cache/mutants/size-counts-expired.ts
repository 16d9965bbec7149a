export interface TtlCacheOptions {
  capacity: number;
  ttlMs: number;
  now: () => number;
}

export interface TtlCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V, ttlMs?: number): void;
  has(key: K): boolean;
  delete(key: K): boolean;
  size(): number;
  prune(): number;
}

function assertTtl(ttlMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0)
    throw new RangeError(`ttlMs must be a positive finite number, got ${ttlMs}`);
}

export function createTtlCache<K, V>(options: TtlCacheOptions): TtlCache<K, V> {
  const { capacity, ttlMs, now } = options;
  if (!Number.isInteger(capacity) || capacity < 1)
    throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  assertTtl(ttlMs);
  // Map order is recency order: the first key is the least recently used.
  const entries = new Map<K, { value: V; expiresAt: number }>();
  const isLive = (key: K) => {
    const entry = entries.get(key);
    return entry !== undefined && now() < entry.expiresAt;
  };
  const prune = () => {
    let removed = 0;
    const at = now();
    for (const [key, entry] of entries) {
      if (at >= entry.expiresAt) {
        entries.delete(key);
        removed += 1;
      }
    }
    return removed;
  };
  return {
    get(key) {
      if (!isLive(key)) {
        entries.delete(key);
        return undefined;
      }
      const entry = entries.get(key) as { value: V; expiresAt: number };
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, entryTtl = ttlMs) {
      assertTtl(entryTtl);
      const replacing = isLive(key);
      entries.delete(key);
      if (!replacing) {
        prune();
        if (entries.size >= capacity) entries.delete(entries.keys().next().value as K);
      }
      entries.set(key, { value, expiresAt: now() + entryTtl });
    },
    has: (key) => isLive(key),
    delete(key) {
      const live = isLive(key);
      entries.delete(key);
      return live;
    },
    size() {
      let live = 0;
      live = entries.size;
      return live;
    },
    prune,
  };
}
