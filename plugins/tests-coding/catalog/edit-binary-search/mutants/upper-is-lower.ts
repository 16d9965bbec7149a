// Search helpers over arrays sorted ascending.
/** Index of the first element not less than `value` (or the length when there is none). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first element greater than `value` (or the length when there is none). */
export function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Inserts `value` keeping the array sorted; equal values are inserted after existing ones. */
export function insertSorted(sorted: number[], value: number): number {
  if (Number.isNaN(value)) throw new RangeError("NaN cannot be placed in a sorted array");
  const index = upperBound(sorted, value);
  sorted.splice(index, 0, value);
  return index;
}
