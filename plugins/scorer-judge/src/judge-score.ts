// Turns a judge verdict into a Score: one check per rubric criterion, the overall score as the value,
// and the full verdict in `details.verdict` (the kernel copies it into `item.judge`). A judge_error is a
// failed stage (`failure.type` "judge_error"), never a low score.
import type { JudgeVerdict, Score } from "@benchloop/core";
import { JUDGE_SCORER_VERSION } from "./judge-item.js";

/** The overall and per-criterion score at or above which the judge counts an answer as passing. */
export const JUDGE_PASS_THRESHOLD = 0.5;

/** The Score of a verdict. */
export function toJudgeScore(verdict: JudgeVerdict): Score {
  if (verdict.status !== "ok" || verdict.score === undefined) {
    return {
      scorer: "judge",
      scorerVersion: JUDGE_SCORER_VERSION,
      passed: false,
      value: 0,
      checks: [],
      failure: {
        stage: "judge",
        type: "judge_error",
        message: verdict.error ?? "the judge gave no verdict",
        // Another attempt (server back up, another seed) can give a verdict, so the error is never cached.
        retryable: true,
      },
      details: { verdict },
    };
  }
  return {
    scorer: "judge",
    scorerVersion: JUDGE_SCORER_VERSION,
    passed: verdict.score >= JUDGE_PASS_THRESHOLD,
    value: verdict.score,
    checks: verdict.criteria.map((c) => ({
      name: c.name,
      weight: c.weight,
      passed: c.score >= JUDGE_PASS_THRESHOLD,
      actual: c.score,
    })),
    details: { verdict },
  };
}
