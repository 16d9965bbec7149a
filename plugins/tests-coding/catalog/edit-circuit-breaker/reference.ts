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
  let trialInFlight = false;

  function currentState(): State {
    if (state === "open" && options.now() - openedAt >= options.resetAfterMs) state = "half-open";
    return state;
  }

  function open(): void {
    state = "open";
    openedAt = options.now();
    failures = 0;
  }

  return {
    get state(): State {
      return currentState();
    },
    async call<T>(action: () => Promise<T>): Promise<T> {
      const now = currentState();
      if (now === "open") throw new CircuitOpenError("circuit is open");
      const trial = now === "half-open";
      if (trial) {
        if (trialInFlight) throw new CircuitOpenError("circuit is half-open and a trial call is running");
        trialInFlight = true;
      }
      try {
        const result = await action();
        failures = 0;
        if (trial) state = "closed";
        return result;
      } catch (error) {
        if (trial) {
          open();
        } else {
          failures++;
          if (failures >= options.failureThreshold) open();
        }
        throw error;
      } finally {
        if (trial) trialInFlight = false;
      }
    },
  };
}
