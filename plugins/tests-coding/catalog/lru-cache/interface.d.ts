export interface LruCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  has(key: K): boolean;
  delete(key: K): boolean;
  clear(): void;
  keys(): K[];
  size(): number;
}

export declare function createLruCache<K, V>(
  capacity: number,
  onEvict?: (key: K, value: V) => void,
): LruCache<K, V>;
