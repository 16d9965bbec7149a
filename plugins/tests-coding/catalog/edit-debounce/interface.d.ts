export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}
export declare function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  ms: number,
  timers: Timers,
): ((...args: A) => void) & {
  cancel(): void;
  flush(): void;
  pending(): boolean;
};
