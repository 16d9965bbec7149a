// Smooths a stream of samples: the mean of the last `window` samples.
export function createMovingAverage(window: number) {
  const samples: number[] = [];
  let sum = 0;
  return {
    push(sample: number): number {
      samples.push(sample);
      sum += sample;
      if (samples.length > window) {
        samples.shift();
        sum -= samples[0]!;
      }
      return sum / samples.length;
    },
    get count(): number {
      return samples.length;
    },
  };
}
