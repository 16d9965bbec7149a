// Caches the results of expensive pure functions.
export function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
): ((...args: A) => R) & { clear(): void; readonly size: number } {
  const cache = new Map<string, R>();
  const memoized = (...args: A): R => {
    const key = JSON.stringify(args);
    if (cache.has(key)) return cache.get(key) as R;
    const result = fn(...args);
    cache.set(key, result);
    return result;
  };
  return Object.defineProperties(memoized, {
    clear: { value: (): void => cache.clear() },
    size: { get: (): number => cache.size },
  }) as ((...args: A) => R) & { clear(): void; readonly size: number };
}
