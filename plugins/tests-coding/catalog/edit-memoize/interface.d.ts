export declare function memoize<A extends unknown[], R>(
  fn: (...args: A) => R,
): ((...args: A) => R) & {
  clear(): void;
  readonly size: number;
};
