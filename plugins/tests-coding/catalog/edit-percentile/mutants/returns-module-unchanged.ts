// Latency percentiles for the dashboard.
export function percentile(values: number[], p: number): number {
  const sorted = values.sort();
  return sorted[Math.floor((p / 100) * sorted.length)]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}
