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
  return [...rows].sort((a, b) => {
    for (const k of keys) {
      const x = k.key(a);
      const y = k.key(b);
      const order = compareValues(x, y);
      if (order === 0) continue;
      const nanInvolved = [x, y].some((v) => typeof v === "number" && Number.isNaN(v));
      return nanInvolved ? order : k.descending ? -order : order;
    }
    return 0;
  });
}
