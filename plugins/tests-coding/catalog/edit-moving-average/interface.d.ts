export declare function createMovingAverage(window: number): {
  push(sample: number): number;
  readonly average: number | undefined;
  reset(): void;
  readonly count: number;
};
