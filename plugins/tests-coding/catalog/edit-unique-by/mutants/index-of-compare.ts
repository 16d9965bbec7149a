// Drops duplicate records, e.g. the same user reported twice.
export function uniqueBy<T>(items: readonly T[], key: (item: T) => unknown = (item) => item): T[] {
  const seen = new Set<unknown>();
  const result: T[] = [];
  for (const item of items) {
    const k = key(item);
    if ([...seen].indexOf(k) !== -1) continue;
    seen.add(k);
    result.push(item);
  }
  return result;
}
