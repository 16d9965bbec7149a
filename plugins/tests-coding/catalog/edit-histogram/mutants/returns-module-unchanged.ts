// Buckets values into equal-width bins for the latency chart.
export interface Bin {
  from: number;
  to: number;
  count: number;
}

export function histogram(values: readonly number[], bins: number): Bin[] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = (max - min) / bins;
  const result: Bin[] = [];
  for (let i = 0; i < bins; i++) result.push({ from: min + i * width, to: min + (i + 1) * width, count: 0 });
  for (const value of values) {
    const index = Math.floor((value - min) / width);
    if (result[index]) result[index].count++;
  }
  return result;
}
