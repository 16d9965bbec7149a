// Drops duplicate records, e.g. the same user reported twice.
export function uniqueBy<T>(items: readonly T[], key: (item: T) => unknown = (item) => item): T[] {
  const byKey = new Map<unknown, T>();
  for (const item of items) byKey.set(key(item), item);
  return [...byKey.values()];
}
