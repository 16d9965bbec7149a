// The `judge` scorer: judges an answer with the configured judge model and returns the verdict as a
// Score. Besides the contract's input it reads `score`, the automated checks' score of the same answer,
// when the caller passes it (the kernel's judge stage does), so the judge sees the check outcomes.
// `judgeStage` gives the kernel that stage through the registry (the config's `judge` model).
import type {
  BenchTest,
  ComponentDeps,
  Generation,
  ItemContext,
  JudgeStage,
  JudgeStageInput,
  PassType,
  Score,
  Scorer,
} from "@benchloop/core";
import type { JudgeConfig, JudgeOptions } from "./config-schema.js";
import { createJudge, type Judge } from "./create-judge.js";
import { toJudgeScore } from "./judge-score.js";

/** What the judge scorer reads: the scorer contract's input plus the automated score, when known. */
export interface JudgeScorerInput {
  test: BenchTest;
  passType: PassType;
  generation: Generation;
  score?: Score;
}

/**
 * Creates the `judge` scorer from its `scorers.judge` section. Does no I/O.
 * @throws CONFIG_INVALID (at the first `score` call) when no judge model is configured
 */
export function createJudgeScorer(deps: ComponentDeps<JudgeConfig>): Scorer {
  let judge: Judge | undefined;
  const ensureJudge = (): Judge => {
    judge ??= createJudge({
      config: deps.config,
      cwd: deps.cwd,
      secrets: deps.secrets,
      clock: deps.clock,
    });
    return judge;
  };
  return {
    async score(input: JudgeScorerInput, ctx: ItemContext): Promise<Score> {
      const verdict = await ensureJudge().judge(input, { signal: ctx.signal });
      if (verdict.status === "judge_error")
        ctx.logger.warn(`judge: no verdict for ${ctx.itemKey}: ${verdict.error ?? "unknown reason"}`);
      return toJudgeScore(verdict);
    },
    // The kernel's judge stage: this section's options, the run's judge model, and the run's Ollama
    // address when the judge is reached through Ollama and the section names no server of its own.
    async judgeStage(input: JudgeStageInput): Promise<JudgeStage> {
      const written: JudgeOptions = deps.config ?? {};
      return createJudge({
        config: {
          ...(input.ollamaUrl && input.harness === "ollama" ? { baseUrl: input.ollamaUrl } : {}),
          ...written,
          model: input.model,
          ...(input.cache ? {} : { cache: false }),
        },
        cwd: deps.cwd,
        secrets: deps.secrets,
        clock: deps.clock,
      });
    },
  };
}
