// Parallel slots and the pending queue, like OLLAMA_NUM_PARALLEL (generations at once per model) and
// OLLAMA_MAX_QUEUE (requests waiting across all models before new ones are refused with 503).

/** Thrown when the queue is full; the request is answered with HTTP 503. */
export class QueueFullError extends Error {
  constructor() {
    super("server busy, please try again.  maximum pending requests exceeded");
    this.name = "QueueFullError";
  }
}

interface Waiter {
  modelName: string;
  admit: () => void;
  cancel: (reason: unknown) => void;
}

/** Counts of the pool, for statistics. */
export interface SlotCounts {
  inFlight: number;
  queued: number;
  maxInFlight: number;
}

/** Hands out generation slots per model, queueing up to `maxQueue` waiters in arrival order. */
export class SlotPool {
  readonly #numParallel: number;
  readonly #maxQueue: number;
  readonly #active = new Map<string, number>();
  #waiting: Waiter[] = [];
  #inFlight = 0;
  #maxInFlight = 0;

  constructor(numParallel: number, maxQueue: number) {
    this.#numParallel = Math.max(1, numParallel);
    this.#maxQueue = Math.max(0, maxQueue);
  }

  /** Current counts. */
  counts(): SlotCounts {
    return { inFlight: this.#inFlight, queued: this.#waiting.length, maxInFlight: this.#maxInFlight };
  }

  /** Active generations of one model. */
  activeFor(modelName: string): number {
    return this.#active.get(modelName) ?? 0;
  }

  /**
   * Waits for a slot of the model and resolves with its release function.
   * @throws QueueFullError at once when every slot is busy and the queue holds `maxQueue` waiters.
   */
  acquire(modelName: string, signal: AbortSignal): Promise<() => void> {
    if (this.activeFor(modelName) < this.#numParallel) return Promise.resolve(this.#take(modelName));
    if (this.#waiting.length >= this.#maxQueue) return Promise.reject(new QueueFullError());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        modelName,
        admit: () => {
          signal.removeEventListener("abort", onAbort);
          resolve(this.#take(modelName));
        },
        cancel: reject,
      };
      const onAbort = () => {
        this.#waiting = this.#waiting.filter((entry) => entry !== waiter);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  /** Rejects every waiter (the simulator is closing). */
  cancelAll(reason: unknown): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const waiter of waiting) waiter.cancel(reason);
  }

  #take(modelName: string): () => void {
    this.#active.set(modelName, this.activeFor(modelName) + 1);
    this.#inFlight++;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active.set(modelName, this.activeFor(modelName) - 1);
      this.#inFlight--;
      const next = this.#waiting.find((waiter) => waiter.modelName === modelName);
      if (next) {
        this.#waiting = this.#waiting.filter((waiter) => waiter !== next);
        next.admit();
      }
    };
  }
}
