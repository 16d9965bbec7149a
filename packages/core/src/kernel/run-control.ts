// How a run is stopped from outside: `stop` (first Ctrl-C) ends scheduling, stops in-flight scoring at
// once (`stopSignal`), and lets in-flight generations finish within a grace period; `abort` (second
// Ctrl-C, or the grace period over) aborts them.

/** Default time in-flight items get to finish after a stop. */
export const DEFAULT_GRACE_MS = 30_000;

/** The stop and abort switches of a run. */
export interface RunControl {
  /** Aborted by {@link RunControl.abort}: every stage of every in-flight item listens to it. */
  readonly signal: AbortSignal;
  /**
   * Aborted by {@link RunControl.stop} (and so by abort): work that can be redone cheaply, such as
   * scoring an answer the cache already keeps, stops at once instead of waiting for the grace period.
   */
  readonly stopSignal: AbortSignal;
  /** True once stop (or abort) was called: nothing new is scheduled. */
  readonly stopped: boolean;
  /** Why the run was stopped, when it was. */
  readonly reason: string | undefined;
  /** Stops scheduling; in-flight items finish, or are aborted when the grace period ends. */
  stop(reason?: string): void;
  /** Aborts in-flight items now (they are not recorded; resume runs them again). */
  abort(reason?: string): void;
  /** Calls `listener` once when the run is stopped (at once if it already is). */
  onStop(listener: (reason: string) => void): void;
}

/** Options of {@link createRunControl}. */
export interface CreateRunControlOptions {
  /** Grace period after stop before in-flight items are aborted (default 30 s). */
  graceMs?: number;
  /** An outer signal that aborts the run too. */
  signal?: AbortSignal;
}

/** Creates the controls of one run. */
export function createRunControl(options: CreateRunControlOptions = {}): RunControl {
  const controller = new AbortController();
  const stopController = new AbortController();
  const listeners: ((reason: string) => void)[] = [];
  let reason: string | undefined;
  let grace: NodeJS.Timeout | undefined;
  const control: RunControl = {
    signal: controller.signal,
    stopSignal: stopController.signal,
    get stopped() {
      return reason !== undefined;
    },
    get reason() {
      return reason;
    },
    stop(why = "stopped") {
      if (reason !== undefined) return;
      reason = why;
      grace = setTimeout(
        () => control.abort(`${why}; grace period over`),
        options.graceMs ?? DEFAULT_GRACE_MS,
      );
      grace.unref();
      stopController.abort(new DOMException(why, "AbortError"));
      for (const listener of listeners.splice(0)) listener(why);
    },
    abort(why = "aborted") {
      control.stop(why);
      if (grace) clearTimeout(grace);
      if (!controller.signal.aborted) controller.abort(new DOMException(why, "AbortError"));
    },
    onStop(listener) {
      if (reason !== undefined) listener(reason);
      else listeners.push(listener);
    },
  };
  if (options.signal) {
    if (options.signal.aborted) control.abort("aborted");
    else options.signal.addEventListener("abort", () => control.abort("aborted"), { once: true });
  }
  return control;
}
