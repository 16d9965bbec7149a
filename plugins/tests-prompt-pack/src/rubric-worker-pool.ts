// Worker threads that evaluate rubric checks off the main thread, so a check that runs away (a regex
// that backtracks for minutes on a crafted answer) can be stopped: when the stage's signal aborts
// (scoring timeout, Ctrl-C) the worker evaluating it is terminated and the job rejects with the signal's
// reason at once. Idle workers are kept for the next answers and never keep the process alive.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Check } from "@benchloop/core";
import type { RubricCheck } from "./rubric-check.js";
import type { RubricJob, RubricJobReply } from "./rubric-worker.js";

/** Evaluates rubric checks in worker threads. */
export interface RubricWorkerPool {
  /**
   * Evaluates `checks` on `text` in a worker, answering each check's results in order; rejects with
   * `signal.reason` as soon as the signal aborts, terminating the worker if it was busy with this job.
   */
  evaluate(checks: RubricCheck[], text: string, signal: AbortSignal): Promise<Check[][]>;
  /** Terminates every worker. */
  close(): Promise<void>;
}

/**
 * The compiled worker: beside this module in `dist/`; when this module runs from its TypeScript source
 * (the package's own tests), the built one in `dist/` (the package's `test` task builds it first).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts")
    ? new URL("../dist/rubric-worker.js", here)
    : new URL("./rubric-worker.js", here);
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("scoring was aborted", "AbortError");
}

/** Creates a pool; workers start on first use, one per answer scored at once. */
export function createRubricWorkerPool(): RubricWorkerPool {
  const idle: Worker[] = [];
  const busy = new Set<Worker>();
  const maxIdle = Math.max(1, availableParallelism());

  const spawn = (): Worker => {
    const worker = new Worker(workerUrl());
    worker.unref();
    return worker;
  };

  const release = (worker: Worker): void => {
    busy.delete(worker);
    worker.unref();
    if (idle.length < maxIdle) idle.push(worker);
    else void worker.terminate();
  };

  return {
    evaluate(checks, text, signal) {
      if (signal.aborted) return Promise.reject(abortReason(signal));
      const worker = idle.pop() ?? spawn();
      busy.add(worker);
      worker.ref();
      return new Promise<Check[][]>((resolve, reject) => {
        const settle = (): void => {
          signal.removeEventListener("abort", onAbort);
          worker.off("message", onMessage);
          worker.off("error", onError);
          worker.off("exit", onExit);
        };
        const onMessage = (reply: RubricJobReply): void => {
          settle();
          release(worker);
          if (reply.ok) resolve(reply.results);
          else reject(new Error(`a rubric check threw: ${reply.message}`));
        };
        const onAbort = (): void => {
          settle();
          busy.delete(worker);
          void worker.terminate();
          reject(abortReason(signal));
        };
        const onError = (error: Error): void => {
          settle();
          busy.delete(worker);
          void worker.terminate();
          reject(error);
        };
        const onExit = (code: number): void => {
          settle();
          busy.delete(worker);
          reject(new Error(`the rubric check worker exited (code ${code}) before answering`));
        };
        signal.addEventListener("abort", onAbort, { once: true });
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.on("exit", onExit);
        const job: RubricJob = { checks, text };
        worker.postMessage(job);
      });
    },
    async close() {
      const all = [...idle.splice(0), ...busy];
      busy.clear();
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
