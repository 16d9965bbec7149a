// Public surface of @benchloop/scorer-judge: the plugin (scorer `judge`), the judge itself for the
// kernel and the CLI, run judging with the judge's reliability, and the pieces they are built from.
import { definePlugin } from "@benchloop/core";
import { JudgeConfigSchema } from "./config-schema.js";
import { JUDGE_SCORER_VERSION } from "./judge-item.js";
import { createJudgeScorer } from "./judge-scorer.js";

/** The plugin registering the `judge` scorer. */
export const judgeScorerPlugin = definePlugin({
  name: "@benchloop/scorer-judge",
  apiVersion: "^1",
  register(r) {
    r.scorer("judge", (deps) => createJudgeScorer(deps), {
      version: JUDGE_SCORER_VERSION,
      configSchema: JudgeConfigSchema,
      description:
        "LLM judge: per-criterion rubric scores with structured output, from a local or configured model; cached.",
    });
  },
});

export default judgeScorerPlugin;
export type { JudgeConfig, JudgeOptions } from "./config-schema.js";
export { DEFAULT_JUDGE_URLS, JudgeConfigSchema } from "./config-schema.js";
export type { CreateJudgeOptions, Judge, JudgeInput } from "./create-judge.js";
export { createJudge } from "./create-judge.js";
export type { JudgeCache } from "./judge-cache.js";
export { createJudgeCache } from "./judge-cache.js";
export type { JudgeConnection, JudgeConnectionOptions } from "./judge-connection.js";
export { createJudgeConnection } from "./judge-connection.js";
export type { JudgeItemInput, JudgeItemOptions } from "./judge-item.js";
export { JUDGE_SCORER_VERSION, judgeItem } from "./judge-item.js";
export type { JudgeMessage, JudgePromptInput } from "./judge-prompt.js";
export { buildJudgeMessages, JUDGE_PROMPT_VERSION } from "./judge-prompt.js";
export type {
  ItemJudgeSpread,
  JudgeReliability,
  RepeatedJudgement,
  SuiteJudgeSpread,
} from "./judge-repeats.js";
export { cohensKappa, summarizeJudgeRepeats } from "./judge-repeats.js";
export type { JudgedRunItems, JudgeRunOptions, UnjudgedItem } from "./judge-run.js";
export { judgeRunItems } from "./judge-run.js";
export { JUDGE_PASS_THRESHOLD, toJudgeScore } from "./judge-score.js";
export type { JudgeScorerInput } from "./judge-scorer.js";
export { createJudgeScorer } from "./judge-scorer.js";
export type { RubricCriterion } from "./rubric.js";
export { parseRubric } from "./rubric.js";
