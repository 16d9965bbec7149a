// Runs one stage of an item under its own deadline: the stage gets `AbortSignal.any([run, timeout])`,
// and the kernel stops waiting when it aborts even if a component ignores its signal.
import type { Failure, Stage } from "../score/failure.js";
import { toFailure } from "../score/item-failure.js";

/** The outcome of a stage: its value, or its failure (typed; `timeout` when the deadline fired). */
export type StageOutcome<T> = { ok: true; value: T } | { ok: false; failure: Failure; runAborted: boolean };

/** Runs `work` with a signal that aborts when the run aborts or after `timeoutMs`. Never throws. */
export async function runStage<T>(
  stage: Stage,
  timeoutMs: number,
  runSignal: AbortSignal,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<StageOutcome<T>> {
  if (runSignal.aborted) return { ok: false, failure: toFailure(runSignal.reason, stage), runAborted: true };
  const deadline = new AbortController();
  const timer = setTimeout(
    () => deadline.abort(new DOMException(`${stage} took longer than ${timeoutMs} ms`, "TimeoutError")),
    timeoutMs,
  );
  const signal = AbortSignal.any([runSignal, deadline.signal]);
  let onAbort: (() => void) | undefined;
  try {
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    const value = await Promise.race([work(signal), aborted]);
    return { ok: true, value };
  } catch (error) {
    const runAborted = runSignal.aborted;
    const timedOut = !runAborted && deadline.signal.aborted;
    const failure = timedOut
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
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}
