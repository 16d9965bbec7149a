// A count of work in flight with a promise for "none left": the kernel's items not yet settled, and a
// model group's items still generating (the model is released when that count falls to 0).

/** A count of work in flight. */
export interface InFlight {
  readonly count: number;
  /** One more piece of work started. */
  add(): void;
  /** One piece of work ended. */
  done(): void;
  /** Resolves when the count is 0 (at once if it is now). */
  idle(): Promise<void>;
}

/** Creates a count of work in flight, starting at 0. */
export function createInFlight(): InFlight {
  let count = 0;
  let waiters: (() => void)[] = [];
  return {
    get count() {
      return count;
    },
    add() {
      count++;
    },
    done() {
      count--;
      if (count > 0) return;
      const resolved = waiters;
      waiters = [];
      for (const resolve of resolved) resolve();
    },
    idle: () => (count === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}
