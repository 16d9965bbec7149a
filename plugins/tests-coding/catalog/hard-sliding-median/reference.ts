/** Index at which `value` keeps `sorted` ascending (before equal values). */
function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function slidingMedian(values: number[], window: number): number[] {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a positive integer, got ${window}`);
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`values must be finite numbers, got ${value}`);
  }
  if (window > values.length) return [];
  const sorted = values.slice(0, window).sort((a, b) => a - b);
  const median = () =>
    window % 2 === 1
      ? (sorted[(window - 1) / 2] as number)
      : ((sorted[window / 2 - 1] as number) + (sorted[window / 2] as number)) / 2;
  const out = [median()];
  for (let i = window; i < values.length; i++) {
    sorted.splice(lowerBound(sorted, values[i - window] as number), 1);
    sorted.splice(lowerBound(sorted, values[i] as number), 0, values[i] as number);
    out.push(median());
  }
  return out;
}
