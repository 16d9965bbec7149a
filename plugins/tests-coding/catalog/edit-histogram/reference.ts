// Buckets values into equal-width bins for the latency chart.
export interface Bin {
  from: number;
  to: number;
  count: number;
}

export function histogram(values: readonly number[], bins: number): Bin[] {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`bins must be a positive integer, got ${bins}`);
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`values must be finite numbers, got ${value}`);
  }
  if (values.length === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min === max) return [{ from: min, to: max, count: values.length }];
  const width = (max - min) / bins;
  const result: Bin[] = [];
  for (let i = 0; i < bins; i++) {
    result.push({ from: min + i * width, to: i === bins - 1 ? max : min + (i + 1) * width, count: 0 });
  }
  for (const value of values) {
    const index = Math.min(bins - 1, Math.floor((value - min) / width));
    result[index]!.count++;
  }
  return result;
}
