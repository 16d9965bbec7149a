export declare function createRingBuffer<T>(
  capacity: number,
  options?: {
    overwrite?: boolean;
  },
): {
  push(value: T): boolean;
  shift(): T | undefined;
  toArray(): T[];
  readonly size: number;
};
