// Scores an answer against rubric checks: every check recorded, the value their weighted mean,
// passed only when every check passed. Used by the `rubric` scorer (which evaluates the checks in a
// worker thread it can stop: rubric-worker-pool.ts) and by other packages.
import { BenchloopError, type Check, type Score, toValidationIssues } from "@benchloop/core";
import type { SandboxPool } from "@benchloop/sandbox";
import { z } from "zod";
import { stripThinking } from "./answer-text.js";
import { evaluateCheck } from "./evaluate-check.js";
import { evaluateOneCheck } from "./evaluate-one-check.js";
import { evaluateProgramCheck } from "./program-check.js";
import {
  EXECUTED_CHECK_KINDS,
  type RubricCheck,
  type RubricCheckInput,
  RubricCheckSchema,
} from "./rubric-check.js";

/** The rubric scorer's id. */
export const RUBRIC_SCORER_ID = "rubric";
/** The rubric scorer's version; bump it whenever a check can judge the same answer differently. */
export const RUBRIC_SCORER_VERSION = "2";

const ChecksSchema = z.array(RubricCheckSchema);

/**
 * Validates rubric check definitions; `caller` names who asked, in the error.
 * @throws ARGUMENT_INVALID when a check definition is invalid, listing every problem with its path
 */
export function parseRubricChecks(
  checks: readonly RubricCheckInput[],
  caller = "scoreRubric",
): RubricCheck[] {
  const parsed = ChecksSchema.safeParse(checks);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error, ["checks"]);
    throw new BenchloopError({
      code: "ARGUMENT_INVALID",
      message: `${caller}: the rubric checks are invalid:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join("\n")}`,
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
export function toRubricScore(results: readonly Check[]): Score {
  const total = results.reduce((sum, check) => sum + (check.weight ?? 1), 0);
  const earned = results.reduce((sum, check) => sum + (check.passed ? (check.weight ?? 1) : 0), 0);
  const passed = results.every((check) => check.passed);
  return {
    scorer: RUBRIC_SCORER_ID,
    scorerVersion: RUBRIC_SCORER_VERSION,
    passed,
    value: total > 0 ? earned / total : passed ? 1 : 0,
    checks: [...results],
  };
}

/**
 * Scores an answer against rubric checks. `<think>…</think>` blocks are removed first. The value is
 * the weighted mean of the checks (1 or 0 when every weight is 0); `passed` is true when every check
 * passed, weight 0 included. Checks that execute the answer (`sql`, `program`) need
 * {@link scoreRubricChecks}.
 * @throws ARGUMENT_INVALID when a check definition is invalid, listing every problem with its path, or
 * when a check executes the answer
 */
export function scoreRubric(checks: readonly RubricCheckInput[], answer: string): Score {
  const parsed = parseRubricChecks(checks, "scoreRubric");
  const executed = parsed.findIndex((check) => EXECUTED_CHECK_KINDS.has(check.kind));
  if (executed >= 0) {
    throw new BenchloopError({
      code: "ARGUMENT_INVALID",
      message: `scoreRubric: check ${executed} is a ${parsed[executed]?.kind} check, which runs the answer.`,
      hint: "Use scoreRubricChecks(checks, answer, { sandbox }) for checks that execute answers.",
      location: { path: `checks[${executed}]` },
    });
  }
  const text = stripThinking(answer);
  return toRubricScore(parsed.flatMap((check) => evaluateCheck(check, text)));
}

/** What checks that execute an answer need. */
export interface CheckRuntime {
  /** The sandbox pool `program` checks run in (asked for only when a test has one). */
  sandbox(): SandboxPool;
  signal?: AbortSignal;
  /**
   * Evaluates every check but `program` ones somewhere it can be stopped (the `rubric` scorer's worker
   * thread), answering each check's results in order; on this thread when absent.
   */
  evaluate?(checks: RubricCheck[], text: string): Promise<Check[][]>;
}

/**
 * Scores an answer against rubric checks of every kind, executing `sql` checks in SQLite and
 * `program` checks in the sandbox; otherwise as {@link scoreRubric}.
 * @throws ARGUMENT_INVALID when a check definition is invalid
 */
export async function scoreRubricChecks(
  checks: readonly RubricCheckInput[],
  answer: string,
  runtime: CheckRuntime,
): Promise<Score> {
  const parsed = parseRubricChecks(checks, "scoreRubricChecks");
  const text = stripThinking(answer);
  const elsewhere = runtime.evaluate
    ? await runtime.evaluate(
        parsed.filter((check) => check.kind !== "program"),
        text,
      )
    : undefined;
  const results: Check[] = [];
  let next = 0;
  for (const check of parsed) {
    runtime.signal?.throwIfAborted();
    if (check.kind === "program")
      results.push(...(await evaluateProgramCheck(check, text, runtime.sandbox(), runtime.signal)));
    else if (elsewhere) results.push(...(elsewhere[next++] ?? []));
    else results.push(...(await evaluateOneCheck(check, text)));
  }
  return toRubricScore(results);
}
