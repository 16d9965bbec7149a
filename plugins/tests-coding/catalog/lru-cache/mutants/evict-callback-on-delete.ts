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
  const entries = new Map<K, V>();

  function remove(key: K): boolean {
    if (!entries.has(key)) return false;
    const value = entries.get(key) as V;
    entries.delete(key);
    onEvict?.(key, value);
    return true;
  }

  return {
    get(key) {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      if (entries.has(key)) {
        entries.delete(key);
      } else if (entries.size >= capacity) {
        remove(entries.keys().next().value as K);
      }
      entries.set(key, value);
    },
    has(key) {
      return entries.has(key);
    },
    delete(key) {
      return remove(key);
    },
    clear() {
      for (const key of [...entries.keys()]) remove(key);
    },
    keys() {
      return [...entries.keys()];
    },
    size() {
      return entries.size;
    },
  };
}
