export interface PriorityQueue {
  push(id: string, priority: number): void;
  pop(): string | undefined;
  peek(): string | undefined;
  update(id: string, priority: number): boolean;
  remove(id: string): boolean;
  has(id: string): boolean;
  size(): number;
}

export declare function createPriorityQueue(): PriorityQueue;
