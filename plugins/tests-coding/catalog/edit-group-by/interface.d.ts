export declare function groupBy<T, K>(
  items: readonly T[],
  key: keyof T | ((item: T, index: number) => K),
): Map<unknown, T[]>;
