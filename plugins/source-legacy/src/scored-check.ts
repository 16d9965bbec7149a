// One check of a legacy answer with its score in [0, 1], and the shared JSON-shape check.
import type { Check } from "@benchloop/core";
import { scoreRubric } from "@benchloop/tests-prompt-pack";
import { answerText } from "./read-answer.js";

/** An answer passes when the weighted mean of its check scores reaches this. */
export const PASS_THRESHOLD = 0.7;

/** A check and its score in [0, 1]. */
export interface ScoredCheck {
  check: Check;
  score: number;
}

/** A check scored in [0, 1], passed at `threshold`; `error` is kept only when it failed. */
export function scored(
  name: string,
  score: number,
  weight: number,
  threshold: number,
  expected: unknown,
  actual: Record<string, unknown>,
  error?: string,
): ScoredCheck {
  const rounded = Math.round(score * 10_000) / 10_000;
  const check: Check = {
    name,
    passed: rounded >= threshold,
    weight,
    expected,
    actual: { score: rounded, ...actual },
  };
  if (error !== undefined && !check.passed) check.error = error;
  return { check, score: rounded };
}

/** The rubric `json` check (shared with prompt packs): a JSON object holding the keys. */
export function jsonCheck(keys: string[], answer: string, weight: number): ScoredCheck {
  const check = scoreRubric([{ kind: "json", keys, weight }], answerText(answer)).checks[0]!;
  return { check, score: check.passed ? 1 : 0 };
}
