// Sorts table rows by a column for the admin UI.
export interface SortKey<T> {
  key: (row: T) => number | string;
  descending?: boolean;
}

function compareValues(x: number | string, y: number | string): number {
  if (typeof x === "number" && Number.isNaN(x)) return typeof y === "number" && Number.isNaN(y) ? 0 : 1;
  if (typeof y === "number" && Number.isNaN(y)) return -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortBy<T>(rows: readonly T[], ...keys: SortKey<T>[]): T[] {
  const decorated = rows.map((row, index) => ({ row, index, values: keys.map((k) => k.key(row)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const order = compareValues(a.values[i]!, b.values[i]!);
      if (order === 0) continue;
      const nanInvolved = [a.values[i], b.values[i]].some((v) => typeof v === "number" && Number.isNaN(v));
      return nanInvolved ? order : keys[i]!.descending ? -order : order;
    }
    return b.index - a.index;
  });
  return decorated.map((entry) => entry.row);
}
