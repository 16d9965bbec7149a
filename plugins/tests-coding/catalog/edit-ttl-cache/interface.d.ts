export declare function createTtlCache<V>(
  ttlMs: number,
  now?: () => number,
): {
  set(key: string, value: V, ttlOverrideMs?: number): void;
  get(key: string): V | undefined;
  has(key: string): boolean;
  size(): number;
  purge: () => number;
};
