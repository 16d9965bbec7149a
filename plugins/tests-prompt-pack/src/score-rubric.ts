// Scores an answer against rubric checks: every check recorded, the value their weighted mean,
// passed only when every check passed. Used by the `rubric` scorer and by other packages.
import { BenchloopError, type Check, type Score, toValidationIssues } from "@benchloop/core";
import { z } from "zod";
import { stripThinking } from "./answer-text.js";
import { evaluateCheck } from "./evaluate-check.js";
import { type RubricCheck, type RubricCheckInput, RubricCheckSchema } from "./rubric-check.js";

/** The rubric scorer's id. */
export const RUBRIC_SCORER_ID = "rubric";
/** The rubric scorer's version; bump it whenever a check can judge the same answer differently. */
export const RUBRIC_SCORER_VERSION = "1";

const ChecksSchema = z.array(RubricCheckSchema);

/**
 * Validates rubric check definitions.
 * @throws ARGUMENT_INVALID when a check definition is invalid, listing every problem with its path
 */
export function parseRubricChecks(checks: readonly RubricCheckInput[]): RubricCheck[] {
  const parsed = ChecksSchema.safeParse(checks);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error, ["checks"]);
    throw new BenchloopError({
      code: "ARGUMENT_INVALID",
      message: `scoreRubric: the rubric checks are invalid:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join("\n")}`,
      hint: "Fix the check definitions; the README of @benchloop/tests-prompt-pack lists every kind and option.",
      location: { path: issues[0]?.path },
      details: { issues },
    });
  }
  return parsed.data;
}

/**
 * The score of evaluated checks: the value is their weighted mean (1 or 0 when every weight is 0);
 * `passed` is true when every check passed, weight 0 included.
 */
export function toRubricScore(results: Check[]): Score {
  const total = results.reduce((sum, check) => sum + (check.weight ?? 1), 0);
  const earned = results.reduce((sum, check) => sum + (check.passed ? (check.weight ?? 1) : 0), 0);
  const passed = results.every((check) => check.passed);
  return {
    scorer: RUBRIC_SCORER_ID,
    scorerVersion: RUBRIC_SCORER_VERSION,
    passed,
    value: total > 0 ? earned / total : passed ? 1 : 0,
    checks: results,
  };
}

/**
 * Scores an answer against rubric checks on this thread (see {@link toRubricScore}). `<think>…</think>`
 * blocks are removed first. Only for checks the caller trusts to end quickly: the `rubric` scorer runs
 * checks in a worker thread it can stop.
 * @throws ARGUMENT_INVALID when a check definition is invalid, listing every problem with its path
 */
export function scoreRubric(checks: readonly RubricCheckInput[], answer: string): Score {
  const text = stripThinking(answer);
  return toRubricScore(parseRubricChecks(checks).flatMap((check) => evaluateCheck(check, text)));
}
