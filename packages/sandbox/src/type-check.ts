// The optional type check: does the answer's module satisfy the test's declared interface (a module
// `.d.ts` with `export` declarations)? The TypeScript compiler runs in one long-lived worker thread
// (runner/type-check-worker.cjs), reused across items so it keeps its parsed library files, and the
// parent's thread stays free to feed its sandbox processes meanwhile. Checks are sent one at a time;
// one that takes longer than its timeout fails, and its worker is terminated and replaced.
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { SandboxCheck } from "./sandbox-types.js";

/** Name of the recorded type check. */
export const TYPE_CHECK_NAME = "type check: the answer matches the declared interface";

/** How long one type check may take by default, in ms (loading the compiler included). */
export const TYPE_CHECK_TIMEOUT_MS = 60_000;

const WORKER_PATH = fileURLToPath(new URL("../runner/type-check-worker.cjs", import.meta.url));

/** Options of {@link checkAgainstInterface}. */
export interface TypeCheckOptions {
  /** Fail the check (and replace the worker) when it takes longer than this, in ms. */
  timeoutMs?: number;
}

interface Job {
  id: number;
  source: string;
  language: "typescript" | "javascript";
  interfaceSource: string;
  timeoutMs: number;
  resolve: (check: SandboxCheck) => void;
}

const queue: Job[] = [];
let worker: Worker | undefined;
let running: { job: Job; timer: NodeJS.Timeout } | undefined;
let nextId = 0;

/**
 * Type-checks the answer against the declared interface, in the type-check worker, and returns the
 * result as a check. A failed check lists the first few TypeScript errors with file:line:column; a
 * check the compiler cannot finish (it throws, it times out, its worker dies) fails with the reason.
 * Never rejects.
 */
export function checkAgainstInterface(
  solutionSource: string,
  language: "typescript" | "javascript",
  interfaceSource: string,
  options: TypeCheckOptions = {},
): Promise<SandboxCheck> {
  return new Promise((resolve) => {
    queue.push({
      id: ++nextId,
      source: solutionSource,
      language,
      interfaceSource,
      timeoutMs: options.timeoutMs ?? TYPE_CHECK_TIMEOUT_MS,
      resolve,
    });
    runNext();
  });
}

/** Terminates the type-check worker (a later check starts a new one); checks still waiting fail. */
export async function stopTypeChecker(): Promise<void> {
  const stopping = worker;
  worker = undefined;
  for (const job of queue.splice(0)) job.resolve(failed("the type checker was stopped before it began"));
  finishRunning(failed("the type checker was stopped before it finished"));
  await stopping?.terminate();
}

function runNext(): void {
  if (running) return;
  const job = queue.shift();
  if (!job) {
    // Idle: the worker must not keep the process alive.
    worker?.unref();
    return;
  }
  const current = startWorker();
  current.ref();
  const timer = setTimeout(() => {
    dropWorker(current);
    finishRunning(failed(`the type check took longer than ${job.timeoutMs} ms and was stopped`));
  }, job.timeoutMs);
  running = { job, timer };
  current.postMessage({
    id: job.id,
    source: job.source,
    language: job.language,
    interfaceSource: job.interfaceSource,
  });
}

function startWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_PATH);
  started.on("message", (message: { id: number; check: SandboxCheck }) => {
    if (running?.job.id === message.id) finishRunning(message.check);
  });
  started.on("error", (error) => {
    if (worker !== started) return;
    dropWorker(started);
    finishRunning(failed(`the type checker stopped: ${error.message}`));
  });
  started.on("exit", (code) => {
    if (worker !== started) return;
    dropWorker(started);
    finishRunning(failed(`the type checker's worker exited (code ${code})`));
  });
  worker = started;
  return started;
}

/** Drops `stale` (terminating it), so the next check starts a fresh worker. */
function dropWorker(stale: Worker): void {
  if (worker === stale) worker = undefined;
  void stale.terminate();
}

function finishRunning(check: SandboxCheck): void {
  if (!running) return;
  const { job, timer } = running;
  running = undefined;
  clearTimeout(timer);
  job.resolve(check);
  runNext();
}

function failed(error: string): SandboxCheck {
  return { name: TYPE_CHECK_NAME, passed: false, error };
}
