// A counting limiter: at most `limit` holders at once, waiters served in order, a released slot handed
// straight to the next waiter. It is the one concurrency primitive of the kernel's lanes.

/** Options of {@link createLimiter}. */
export interface LimiterOptions {
  /** When it aborts, every waiter is rejected with its reason and `take` rejects at once. */
  signal?: AbortSignal;
}

/** A counting limiter (semaphore). */
export interface Limiter {
  /** Most holders at once. */
  readonly limit: number;
  /** Holders now. */
  readonly active: number;
  /** Callers waiting in `take`. */
  readonly waiting: number;
  /** Most holders there ever were at once. */
  readonly max: number;
  /** True when a `tryTake` would succeed: a slot is free and nobody waits for one. */
  canTake(): boolean;
  /** Takes a slot when {@link Limiter.canTake}; returns whether it did. */
  tryTake(): boolean;
  /** Takes a slot, waiting in order for one. Rejects when the limiter's signal aborts. */
  take(): Promise<void>;
  /** Gives a slot back: to the first waiter, else to the pool. */
  release(): void;
}

/** Creates a limiter of `limit` slots (at least 1). */
export function createLimiter(limit: number, options: LimiterOptions = {}): Limiter {
  const size = Math.max(1, Math.floor(limit));
  const { signal } = options;
  const waiters: { resolve(): void; reject(reason: unknown): void }[] = [];
  let active = 0;
  let max = 0;
  const grant = () => {
    active++;
    if (active > max) max = active;
  };
  signal?.addEventListener(
    "abort",
    () => {
      for (const waiter of waiters.splice(0)) waiter.reject(signal.reason);
    },
    { once: true },
  );

  const limiter: Limiter = {
    limit: size,
    get active() {
      return active;
    },
    get waiting() {
      return waiters.length;
    },
    get max() {
      return max;
    },
    canTake: () => active < size && waiters.length === 0,
    tryTake() {
      if (!limiter.canTake()) return false;
      grant();
      return true;
    },
    take() {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (active < size) {
        grant();
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }));
    },
    release() {
      const next = waiters.shift();
      // The slot passes to the waiter: the count of holders stays the same.
      if (next) next.resolve();
      else if (active > 0) active--;
    },
  };
  return limiter;
}
