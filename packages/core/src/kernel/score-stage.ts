// The score stage of one item: the cached score of the answer when the cache has one, else the scorer
// under the score deadline (a kept score written back), then the LLM judge when the run has one.
import { scoreCacheKey } from "../cache/item-cache.js";
import type { Generation } from "../generation/generation.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { ItemContext, Scorer } from "../plugin/contracts.js";
import type { Failure } from "../score/failure.js";
import type { JudgeVerdict } from "../score/judge-verdict.js";
import type { Score } from "../score/score.js";
import type { ExecuteContext, ItemUnit } from "./executor.js";
import { abortError } from "./item-context.js";
import type { StageRunner } from "./stage-runner.js";

/** An LLM judge stage: called after scoring with the answer and its checks. */
export interface JudgeStage {
  /** The judge model's name (recorded when the judge fails). */
  model: string;
  judge(
    input: { test: BenchTest; passType: ItemUnit["item"]["passType"]; generation: Generation; score: Score },
    ctx: ItemContext,
  ): Promise<JudgeVerdict>;
}

/** What the score stage produced. */
export interface ScoreOutcome {
  score?: Score;
  judge?: JudgeVerdict;
  failure?: Failure;
  /** Milliseconds scoring took (or took when a replayed score was made). */
  scoreMs: number;
}

/** What the score stage needs besides the unit and the kernel's context. */
export interface ScoreStageDeps {
  scorerOf(id: string): Scorer;
  /** The stage runner of the scoring signal. */
  runStage: StageRunner;
  /** The signal scoring and judging stop on (its reason is thrown when it aborts). */
  signal: AbortSignal;
  itemContext(signal: () => AbortSignal, timeoutMs: number): ItemContext;
  judge?: JudgeStage;
}

/** Scores (and judges) the answer `generation` of `unit`. Throws only the abort reason. */
export async function runScoreStage(
  unit: ItemUnit,
  generation: Generation,
  ctx: ExecuteContext,
  deps: ScoreStageDeps,
): Promise<ScoreOutcome> {
  const { item, test, timeouts } = unit;
  const outcome: ScoreOutcome = { scoreMs: 0 };
  const stageEvent = (stage: "score" | "judge") =>
    ctx.emit({ type: "item:stage", time: new Date(ctx.clock.now()).toISOString(), key: item.key, stage });
  const key = unit.cache
    ? scoreCacheKey({
        answer: generation.text,
        scorer: unit.scorer.id,
        scorerVersion: unit.scorer.version,
        test,
        passType: item.passType,
      })
    : undefined;
  let score = key ? ctx.scoreCache?.get(key) : undefined;
  // A replayed score reports the time it took when it was made (0 when the entry did not record it).
  if (score && key) outcome.scoreMs = unit.cached?.scoreMs?.[key] ?? 0;
  if (!score) {
    stageEvent("score");
    const scorer = deps.scorerOf(unit.scorer.id);
    const began = ctx.clock.monotonic();
    const result = await deps.runStage("score", timeouts.scoreMs, (signal) =>
      scorer.score({ test, passType: item.passType, generation }, deps.itemContext(signal, timeouts.scoreMs)),
    );
    outcome.scoreMs = ctx.clock.monotonic() - began;
    if (result.ok) {
      score = result.value;
      // A score whose own failure may pass on a retry (a sandbox hiccup) is not kept.
      if (key && ctx.scoreCache && !score.failure?.retryable) ctx.scoreCache.put(key, score, outcome.scoreMs);
    } else if (result.runAborted) {
      throw abortError(deps.signal);
    } else {
      outcome.failure = result.failure;
    }
  }
  if (!score) return outcome;
  outcome.score = score;
  const stage = deps.judge;
  if (!stage) return outcome;
  stageEvent("judge");
  const scored = score;
  const result = await deps.runStage("judge", timeouts.judgeMs, (signal) =>
    stage.judge(
      { test, passType: item.passType, generation, score: scored },
      deps.itemContext(signal, timeouts.judgeMs),
    ),
  );
  if (result.ok) outcome.judge = result.value;
  else if (result.runAborted) throw abortError(deps.signal);
  else
    outcome.judge = {
      status: "judge_error",
      judge: stage.model,
      criteria: [],
      error: result.failure.message,
    };
  return outcome;
}
