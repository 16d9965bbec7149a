// The worker thread that evaluates rubric checks (see rubric-worker-pool.ts): it receives checks
// already validated and the answer with thinking removed, and answers with each check's results. Only
// the check evaluation runs here (text checks, and `sql` checks in SQLite), so a check that never ends
// (a backtracking regex, a recursive query) holds this thread, which the pool terminates, and never the
// run's event loop. `program` checks run in the sandbox, from the scorer.
import { parentPort } from "node:worker_threads";
import type { Check } from "@benchloop/core";
import { evaluateOneCheck } from "./evaluate-one-check.js";
import type { RubricCheck } from "./rubric-check.js";

/** A job the pool posts: validated checks and the answer text to evaluate them on. @internal */
export interface RubricJob {
  checks: RubricCheck[];
  text: string;
}

/** What the worker answers: each check's results in order, or why evaluation threw. @internal */
export type RubricJobReply = { ok: true; results: Check[][] } | { ok: false; message: string };

parentPort?.on("message", async (job: RubricJob) => {
  let reply: RubricJobReply;
  try {
    const results: Check[][] = [];
    for (const check of job.checks) results.push(await evaluateOneCheck(check, job.text));
    reply = { ok: true, results };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
