// The `rubric` scorer: scores an answer against the rubric checks a test carries in `data.checks`. The
// checks are validated here; text and `sql` checks are evaluated in a worker thread
// (rubric-worker-pool.ts), so a check that outlasts the scoring timeout, or a Ctrl-C, stops it instead
// of waiting for it; `program` checks run in the sandbox, which its signal stops too.
import { BenchloopError, type Scorer } from "@benchloop/core";
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import type { RubricCheckInput } from "./rubric-check.js";
import { createRubricWorkerPool } from "./rubric-worker-pool.js";
import { scoreRubricChecks } from "./score-rubric.js";

function readChecks(data: unknown): RubricCheckInput[] | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const checks = (data as { checks?: unknown }).checks;
  return Array.isArray(checks) ? (checks as RubricCheckInput[]) : undefined;
}

/**
 * Creates the `rubric` scorer. Its score rejects with the stage signal's reason when the signal aborts
 * (the kernel records a scoring timeout, or drops the item on Ctrl-C). `program` checks start a
 * one-process sandbox pool on first use; `dispose` ends it and the workers.
 * @throws ARGUMENT_INVALID when the test carries no rubric checks or invalid ones
 */
export function createRubricScorer(): Scorer {
  const workers = createRubricWorkerPool();
  let sandbox: SandboxPool | undefined;
  return {
    async score(input, ctx) {
      const checks = readChecks(input.test.data);
      if (!checks) {
        throw new BenchloopError({
          code: "ARGUMENT_INVALID",
          message: `Test ${input.test.id} (from source ${input.test.source}) has no rubric checks in its data, so the rubric scorer cannot score it.`,
          hint: "Give the test `data.checks` (a prompt-pack test has them), or set its scorer to the one its source intends.",
          location: { path: "data.checks" },
        });
      }
      return scoreRubricChecks(checks, input.generation.text, {
        sandbox: () => {
          sandbox ??= createSandboxPool({ size: 1 });
          return sandbox;
        },
        signal: ctx.signal,
        evaluate: (parsed, text) => workers.evaluate(parsed, text, ctx.signal),
      });
    },
    async dispose() {
      await Promise.all([workers.close(), sandbox?.close()]);
      sandbox = undefined;
    },
  };
}
