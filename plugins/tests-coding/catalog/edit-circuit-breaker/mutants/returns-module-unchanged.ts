// Stops calling a failing service for a while, then tries it again.
export class CircuitOpenError extends Error {}

type State = "closed" | "open" | "half-open";

export function createCircuitBreaker(options: {
  failureThreshold: number;
  resetAfterMs: number;
  now: () => number;
}) {
  let state: State = "closed";
  let failures = 0;
  let openedAt = 0;

  return {
    get state(): State {
      if (state === "open" && options.now() - openedAt >= options.resetAfterMs) state = "half-open";
      return state;
    },
    async call<T>(action: () => Promise<T>): Promise<T> {
      if (this.state === "open") throw new CircuitOpenError("circuit is open");
      try {
        const result = await action();
        failures = 0;
        return result;
      } catch (error) {
        failures++;
        if (failures >= options.failureThreshold) {
          state = "open";
          openedAt = options.now();
        }
        throw error;
      }
    },
  };
}
