export interface LruCache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
  has(key: K): boolean;
  delete(key: K): boolean;
  clear(): void;
  keys(): K[];
  size(): number;
}

export function createLruCache<K, V>(capacity: number, onEvict?: (key: K, value: V) => void): LruCache<K, V> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }
  // A Map keeps insertion order: the first key is the least recently used.
  const entries = new Map<K, V>();

  return {
    get(key) {
      const value = entries.get(key) as V;
      if (!value) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      if (entries.has(key)) {
        entries.delete(key);
      } else if (entries.size >= capacity) {
        const oldest = entries.keys().next().value as K;
        const oldestValue = entries.get(oldest) as V;
        entries.delete(oldest);
        onEvict?.(oldest, oldestValue);
      }
      entries.set(key, value);
    },
    has(key) {
      return entries.has(key);
    },
    delete(key) {
      return entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    keys() {
      return [...entries.keys()];
    },
    size() {
      return entries.size;
    },
  };
}
