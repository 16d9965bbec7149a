export declare class CircuitOpenError extends Error {}
type State = "closed" | "open" | "half-open";
export declare function createCircuitBreaker(options: {
  failureThreshold: number;
  resetAfterMs: number;
  now: () => number;
}): {
  readonly state: State;
  call<T>(action: () => Promise<T>): Promise<T>;
};
