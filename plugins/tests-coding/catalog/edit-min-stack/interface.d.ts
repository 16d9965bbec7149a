export declare class MinStack {
  push(value: number): void;
  pop(): number | undefined;
  peek(): number | undefined;
  min(): number | undefined;
  get size(): number;
}
