// One exchange's abort controller: aborted by the caller's signal, or by an idle deadline when the
// server sends nothing (no headers, no chunk) for too long. The deadline is one timer re-armed lazily,
// not a new timer per chunk.

/** The controller of one exchange and its idle deadline. */
export interface IdleDeadline {
  /** The signal to hand to fetch. */
  readonly signal: AbortSignal;
  /** True once the idle deadline fired. */
  readonly timedOut: boolean;
  /** Notes activity (a request sent, a chunk received) and starts waiting for the next. */
  touch(): void;
  /** Stops waiting (the answer is complete or failed). */
  stop(): void;
  /** Forwards another signal's abort (e.g. one a client passed to fetch). */
  follow(signal: AbortSignal | null | undefined): void;
  /** Stops the timer and lets go of the caller's signal. */
  dispose(): void;
}

/** Creates the controller of one exchange bound to the caller's `signal`. */
export function createIdleDeadline(signal: AbortSignal, idleTimeoutMs: number): IdleDeadline {
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal.reason);
  if (signal.aborted) forwardAbort();
  else signal.addEventListener("abort", forwardAbort, { once: true });

  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  let waiting = false;
  let lastActivity = 0;
  const arm = (delayMs: number) => {
    timer = setTimeout(checkIdle, delayMs);
    timer.unref();
  };
  const checkIdle = () => {
    timer = undefined;
    if (!waiting) return;
    const idleMs = performance.now() - lastActivity;
    if (idleMs < idleTimeoutMs) return arm(idleTimeoutMs - idleMs);
    timedOut = true;
    controller.abort(new DOMException(`no data for ${idleTimeoutMs} ms`, "TimeoutError"));
  };
  const stop = () => {
    waiting = false;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };

  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    touch() {
      lastActivity = performance.now();
      waiting = true;
      if (!timer) arm(idleTimeoutMs);
    },
    stop,
    follow(other) {
      other?.addEventListener("abort", () => controller.abort(other.reason), { once: true });
    },
    dispose() {
      stop();
      signal.removeEventListener("abort", forwardAbort);
    },
  };
}
