// Splits a list into batches for the bulk API.
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`size must be a positive integer, got ${size}`);
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(size, 1)) batches.push(items.slice(i, i + size));
  return batches;
}
