// The `rubric` scorer: scores an answer against the rubric checks a test carries in `data.checks`.
import { BenchloopError, type Scorer } from "@benchloop/core";
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import type { RubricCheckInput } from "./rubric-check.js";
import { scoreRubricChecks } from "./score-rubric.js";

function readChecks(data: unknown): RubricCheckInput[] | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const checks = (data as { checks?: unknown }).checks;
  return Array.isArray(checks) ? (checks as RubricCheckInput[]) : undefined;
}

/**
 * Creates the `rubric` scorer. `program` checks start a one-process sandbox pool on first use, closed
 * by `dispose`.
 * @throws ARGUMENT_INVALID when the test carries no rubric checks or invalid ones
 */
export function createRubricScorer(): Scorer {
  let pool: SandboxPool | undefined;
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
          pool ??= createSandboxPool({ size: 1 });
          return pool;
        },
        signal: ctx.signal,
      });
    },
    async dispose() {
      await pool?.close();
      pool = undefined;
    },
  };
}
