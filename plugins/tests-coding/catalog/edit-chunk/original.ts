// Splits a list into batches for the bulk API.
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i + size <= items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}
