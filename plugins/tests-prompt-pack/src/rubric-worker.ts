// The worker thread that evaluates rubric checks (see rubric-worker-pool.ts): it receives checks
// already validated and the answer with thinking removed, and answers with the check results. Only the
// check evaluation runs here, so a check that never ends (a backtracking regex) holds this thread, which
// the pool terminates, and never the run's event loop.
import { parentPort } from "node:worker_threads";
import { evaluateCheck } from "./evaluate-check.js";
import type { RubricCheck } from "./rubric-check.js";

/** A job the pool posts: validated checks and the answer text to evaluate them on. @internal */
export interface RubricJob {
  checks: RubricCheck[];
  text: string;
}

/** What the worker answers: the results of every check, or why evaluation threw. @internal */
export type RubricJobReply =
  | { ok: true; checks: ReturnType<typeof evaluateCheck> }
  | { ok: false; message: string };

parentPort?.on("message", (job: RubricJob) => {
  let reply: RubricJobReply;
  try {
    reply = { ok: true, checks: job.checks.flatMap((check) => evaluateCheck(check, job.text)) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
