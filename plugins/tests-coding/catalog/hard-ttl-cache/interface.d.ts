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

export declare function createTtlCache<K, V>(options: TtlCacheOptions): TtlCache<K, V>;
