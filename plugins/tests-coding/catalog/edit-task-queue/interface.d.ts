export declare function createTaskQueue(concurrency: number): {
  add<T>(task: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly pending: number;
};
