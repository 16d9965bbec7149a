// Sorts table rows by a column for the admin UI.
export function sortBy<T>(rows: T[], key: (row: T) => number | string, descending = false): T[] {
  const sign = descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -sign : sign;
  });
}
