// Groups records for the report screen.
export function groupBy<T, K>(
  items: readonly T[],
  key: keyof T | ((item: T, index: number) => K),
): Map<unknown, T[]> {
  const groups = new Map<unknown, T[]>();
  items.forEach((item, index) => {
    const group = typeof key === "function" ? (key as (item: T, index: number) => K)(item, index) : item[key];
    const list = groups.get(group);
    if (list) list.push(item);
    else groups.set(group, [item]);
  });
  return groups;
}
