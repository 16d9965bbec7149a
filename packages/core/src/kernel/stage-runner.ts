// Runs one stage of an item under its own deadline: the stage's signal aborts when the run aborts or
// its timeout fires (what `AbortSignal.any([run, AbortSignal.timeout(ms)])` gives, without an event
// listener and weak references per stage), and the kernel stops waiting when it aborts even if a
// component ignores its signal.
import type { Failure, Stage } from "../score/failure.js";
import { toFailure } from "../score/item-failure.js";

/** The outcome of a stage: its value, or its failure (typed; `timeout` when the deadline fired). */
export type StageOutcome<T> = { ok: true; value: T } | { ok: false; failure: Failure; runAborted: boolean };

/**
 * Runs stages of one run. `work` gets the stage's signal as a function: the AbortController behind it
 * is made only when a component asks for the signal (many never do, and making one costs more than
 * the rest of a cached item's stage).
 */
export type StageRunner = <T>(
  stage: Stage,
  timeoutMs: number,
  work: (signal: () => AbortSignal) => Promise<T>,
) => Promise<StageOutcome<T>>;

/** Creates the stage runner of a run: every stage it runs aborts when `runSignal` does. */
export function createStageRunner(runSignal: AbortSignal): StageRunner {
  const active = new Set<(reason: unknown) => void>();
  runSignal.addEventListener(
    "abort",
    () => {
      for (const abort of [...active]) abort(runSignal.reason);
    },
    { once: true },
  );

  return async <T>(
    stage: Stage,
    timeoutMs: number,
    work: (signal: () => AbortSignal) => Promise<T>,
  ): Promise<StageOutcome<T>> => {
    if (runSignal.aborted)
      return { ok: false, failure: toFailure(runSignal.reason, stage), runAborted: true };
    let controller: AbortController | undefined;
    let reason: unknown;
    let stopped = false;
    let timedOut = false;
    let stop!: (why: unknown) => void;
    const halted = new Promise<never>((_, reject) => {
      stop = (why) => {
        if (stopped) return;
        stopped = true;
        reason = why;
        controller?.abort(why);
        reject(why);
      };
    });
    halted.catch(() => undefined);
    const signal = (): AbortSignal => {
      if (!controller) {
        controller = new AbortController();
        if (stopped) controller.abort(reason);
      }
      return controller.signal;
    };
    active.add(stop);
    const timer = setTimeout(() => {
      timedOut = true;
      stop(new DOMException(`${stage} took longer than ${timeoutMs} ms`, "TimeoutError"));
    }, timeoutMs);
    try {
      const value = await Promise.race([work(signal), halted]);
      return { ok: true, value };
    } catch (error) {
      const runAborted = runSignal.aborted;
      const failure =
        timedOut && !runAborted
          ? // A stage that ran out of time would most likely do so again: only transient faults are retried.
            {
              stage,
              type: "timeout",
              message: `${stage} took longer than its timeout of ${timeoutMs} ms`,
              retryable: false,
            }
          : toFailure(error, stage);
      return { ok: false, failure, runAborted };
    } finally {
      clearTimeout(timer);
      active.delete(stop);
    }
  };
}

/**
 * Runs one stage with its own deadline under `runSignal` (a one-off {@link createStageRunner}; the
 * kernel keeps one runner per run instead). Its listener on `runSignal` is removed when the stage
 * ends, so many one-off stages on one signal (a rescore) leave none behind.
 */
export async function runStage<T>(
  stage: Stage,
  timeoutMs: number,
  runSignal: AbortSignal,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<StageOutcome<T>> {
  const own = new AbortController();
  const forward = () => own.abort(runSignal.reason);
  if (runSignal.aborted) forward();
  else runSignal.addEventListener("abort", forward, { once: true });
  try {
    return await createStageRunner(own.signal)(stage, timeoutMs, (signal) => work(signal()));
  } finally {
    runSignal.removeEventListener("abort", forward);
  }
}
