export declare class PriorityQueue<T> {
  push(item: T, priority: number): void;
  pop(): T | undefined;
  get size(): number;
}
