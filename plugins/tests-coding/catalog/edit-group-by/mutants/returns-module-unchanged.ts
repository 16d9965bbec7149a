// Groups records for the report screen.
export function groupBy<T extends Record<string, unknown>>(
  items: readonly T[],
  key: keyof T,
): Record<string, T[]> {
  const groups: Record<string, T[]> = {};
  for (const item of items) {
    const group = String(item[key]);
    const list = groups[group] ?? [];
    list.push(item);
    groups[group] = list;
  }
  return groups;
}
