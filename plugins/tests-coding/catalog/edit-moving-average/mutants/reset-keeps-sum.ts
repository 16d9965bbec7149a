// Smooths a stream of samples: the mean of the last `window` samples.
export function createMovingAverage(window: number) {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`window must be a positive integer, got ${window}`);
  const samples: number[] = [];
  let sum = 0;
  return {
    push(sample: number): number {
      if (!Number.isFinite(sample)) throw new RangeError(`samples must be finite numbers, got ${sample}`);
      samples.push(sample);
      sum += sample;
      if (samples.length > window) sum -= samples.shift()!;
      return sum / samples.length;
    },
    get average(): number | undefined {
      return samples.length === 0 ? undefined : sum / samples.length;
    },
    reset(): void {
      samples.length = 0;
    },
    get count(): number {
      return samples.length;
    },
  };
}
