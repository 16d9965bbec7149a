// The `rubric` scorer: scores an answer against the rubric checks a test carries in `data.checks`. The
// checks are validated here and evaluated in a worker thread (rubric-worker-pool.ts), so a check that
// outlasts the scoring timeout, or a Ctrl-C, stops it instead of waiting for it.
import { BenchloopError, type Scorer } from "@benchloop/core";
import { stripThinking } from "./answer-text.js";
import type { RubricCheckInput } from "./rubric-check.js";
import { createRubricWorkerPool } from "./rubric-worker-pool.js";
import { parseRubricChecks, toRubricScore } from "./score-rubric.js";

function readChecks(data: unknown): RubricCheckInput[] | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const checks = (data as { checks?: unknown }).checks;
  return Array.isArray(checks) ? (checks as RubricCheckInput[]) : undefined;
}

/**
 * Creates the `rubric` scorer. Its score rejects with the stage signal's reason when the signal aborts
 * (the kernel records a scoring timeout, or drops the item on Ctrl-C); `dispose` ends its workers.
 * @throws ARGUMENT_INVALID when the test carries no rubric checks or invalid ones
 */
export function createRubricScorer(): Scorer {
  const pool = createRubricWorkerPool();
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
      const parsed = parseRubricChecks(checks);
      const results = await pool.evaluate(parsed, stripThinking(input.generation.text), ctx.signal);
      return toRubricScore(results);
    },
    dispose: () => pool.close(),
  };
}
