// The default executor: runs an item unit in this process — generate with retries of transient
// failures, score (cached by answer), judge when configured — each stage under its own deadline.
import { scoreCacheKey } from "../cache/item-cache.js";
import type { Generation } from "../generation/generation.js";
import { fastSha256 } from "../plan/item-hash.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Harness, ItemContext, Scorer } from "../plugin/contracts.js";
import type { RegistryScope } from "../plugin/registry.js";
import type { ItemMetrics, ItemResult } from "../results/item-result.js";
import type { Failure } from "../score/failure.js";
import { toFailure } from "../score/item-failure.js";
import type { JudgeVerdict } from "../score/judge-verdict.js";
import type { Score } from "../score/score.js";
import { retryDelayMs, sleep } from "./backoff.js";
import type { Executor, ItemUnit } from "./executor.js";
import { createStageRunner, type StageRunner } from "./stage-runner.js";

/** An LLM judge stage: called after scoring with the answer and its checks. */
export interface JudgeStage {
  /** The judge model's name (recorded when the judge fails). */
  model: string;
  judge(
    input: { test: BenchTest; passType: ItemUnit["item"]["passType"]; generation: Generation; score: Score },
    ctx: ItemContext,
  ): Promise<JudgeVerdict>;
}

/** Options of {@link createInProcessExecutor}. */
export interface InProcessExecutorOptions {
  /** The run scope components come from. */
  scope: RegistryScope;
  /** The judge stage, when the run has a judge. */
  judge?: JudgeStage;
}

/** Thrown (as the abort reason) when the run aborted while an item was in flight. */
function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("aborted", "AbortError");
}

/**
 * The item's metrics. A replayed generation keeps the timings it was measured with (`replayedFrom`, the
 * run that made it): its own wall time, plus the scoring time recorded with a replayed score.
 */
function metricsOf(
  generation: Generation | undefined,
  generateMs: number,
  scoreMs: number,
  replayedFrom?: string,
): ItemMetrics {
  const metrics: ItemMetrics = { wallMs: Math.max(0, (generation?.timing.wallMs ?? generateMs) + scoreMs) };
  if (replayedFrom !== undefined) metrics.replayed = { fromRun: replayedFrom };
  if (!generation) return metrics;
  const { timing, tokens } = generation;
  if (timing.ttftMs !== undefined) metrics.ttftMs = timing.ttftMs;
  if (tokens.completion && timing.evalMs)
    metrics.decodeTokensPerSec = tokens.completion / (timing.evalMs / 1000);
  if (tokens.prompt && timing.promptEvalMs)
    metrics.prefillTokensPerSec = tokens.prompt / (timing.promptEvalMs / 1000);
  if (timing.modelMs !== undefined) metrics.agentOverheadMs = timing.wallMs - timing.modelMs;
  return metrics;
}

const STAGE_SIGNAL = Symbol("stageSignal");

/** The `signal` of every item context: one getter shared by all of them (see {@link toItemContext}). */
function readStageSignal(this: { [STAGE_SIGNAL]: () => AbortSignal }): AbortSignal {
  return this[STAGE_SIGNAL]();
}

/**
 * An item context whose `signal` is made when a component first reads it. The getter is one shared
 * function: a getter written in an object literal is a new function per context, which makes every
 * context a dictionary-mode object, and those kept each item's stage state alive through young
 * collections into the old generation (most of a long run's memory growth).
 */
function toItemContext(signal: () => AbortSignal, fields: Omit<ItemContext, "signal">): ItemContext {
  const context = Object.defineProperty({}, "signal", {
    get: readStageSignal,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(context, STAGE_SIGNAL, { value: signal });
  return Object.assign(context, fields) as ItemContext;
}

/** A cached generation as recorded in a new run: its transcript path made relative to this run's folder. */
function fromCache(cached: NonNullable<ItemUnit["cached"]>): Generation {
  const { generation, runId } = cached;
  if (!generation.transcript || generation.transcript.startsWith("../")) return generation;
  return { ...generation, transcript: `../${runId}/${generation.transcript}` };
}

/** Creates the in-process executor. */
export function createInProcessExecutor(options: InProcessExecutorOptions): Executor {
  const { scope } = options;
  const harnesses = new Map<string, Harness>();
  const scorers = new Map<string, Scorer>();
  const promptHashes = new Map<string, string>();
  const runners = new WeakMap<AbortSignal, StageRunner>();
  const stageRunner = (signal: AbortSignal): StageRunner => {
    let runner = runners.get(signal);
    if (!runner) {
      runner = createStageRunner(signal);
      runners.set(signal, runner);
    }
    return runner;
  };
  const harnessOf = (id: string): Harness => {
    let harness = harnesses.get(id);
    if (!harness) {
      harness = scope.get("harness", id);
      harnesses.set(id, harness);
    }
    return harness;
  };
  const scorerOf = (id: string): Scorer => {
    let scorer = scorers.get(id);
    if (!scorer) {
      scorer = scope.get("scorer", id);
      scorers.set(id, scorer);
    }
    return scorer;
  };
  const promptHash = (test: BenchTest, passType: ItemUnit["item"]["passType"]): string => {
    const key = `${test.id}\u0000${test.contentHash}\u0000${passType}`;
    let hash = promptHashes.get(key);
    if (hash === undefined) {
      hash = fastSha256(test.prompts[passType]);
      promptHashes.set(key, hash);
    }
    return hash;
  };

  return {
    async prepareModel(input, ctx) {
      const harness = harnessOf(input.harness);
      if (!harness.prepare) return undefined;
      return harness.prepare({ model: input.model }, ctx);
    },

    async releaseModel(input, ctx) {
      const harness = harnessOf(input.harness);
      if (harness.release) await harness.release({ model: input.model }, ctx);
    },

    async execute(unit, ctx) {
      const { item, test, timeouts } = unit;
      const startedAt = new Date(ctx.clock.now()).toISOString();
      const itemContext = (signal: () => AbortSignal, timeoutMs: number): ItemContext =>
        toItemContext(signal, {
          logger: ctx.logger,
          itemKey: item.key,
          artifacts: ctx.artifacts,
          timeoutMs,
          reportProcess: ctx.reportProcess,
        });
      const prompt = test.prompts[item.passType];
      const runStage = stageRunner(ctx.signal);

      let generation: Generation | undefined;
      let failure: Failure | undefined;
      let attempts = 0;
      let generateMs = 0;
      const cache = unit.cached ? "hit" : unit.cache ? "miss" : "off";

      if (unit.cached) {
        generation = fromCache(unit.cached);
      } else {
        try {
          await ctx.ensureModel();
        } catch (error) {
          if (ctx.signal.aborted) throw abortError(ctx.signal);
          failure = toFailure(error, "prepare");
        }
        const harness = failure ? undefined : harnessOf(item.harness);
        while (harness) {
          attempts++;
          ctx.emit({
            type: "item:stage",
            time: new Date(ctx.clock.now()).toISOString(),
            key: item.key,
            stage: "generate",
          });
          const began = ctx.clock.monotonic();
          const request = {
            model: item.model,
            prompt,
            system: test.system,
            passType: item.passType,
            sampling: unit.sampling,
            testId: test.id,
          };
          const outcome = await runStage("generate", timeouts.generateMs, (signal) =>
            harness.generate(request, itemContext(signal, timeouts.generateMs)),
          );
          generateMs = ctx.clock.monotonic() - began;
          if (outcome.ok) {
            generation = outcome.value;
            failure = undefined;
            break;
          }
          if (outcome.runAborted) throw abortError(ctx.signal);
          failure = outcome.failure;
          if (!failure.retryable || attempts > unit.retries.max) break;
          const delayMs = retryDelayMs(unit.retries, attempts, item.hash);
          ctx.emit({
            type: "item:retry",
            time: new Date(ctx.clock.now()).toISOString(),
            key: item.key,
            attempt: attempts + 1,
            delayMs,
            failure,
          });
          await sleep(delayMs, ctx.signal);
        }
      }

      await ctx.generated(failure ? undefined : generation);

      let score: Score | undefined;
      let judge: JudgeVerdict | undefined;
      let scoreMs = 0;
      // With the cache on, the answer is kept whatever happens next, so a stop (first Ctrl-C) ends its
      // scoring and judging at once; with the cache off they get the grace period, or the answer is lost.
      const scoringSignal = unit.cache && ctx.stopSignal ? ctx.stopSignal : ctx.signal;
      const runScoringStage = stageRunner(scoringSignal);
      if (generation && !failure) {
        const answer = generation;
        const key = unit.cache
          ? scoreCacheKey({
              answer: generation.text,
              scorer: unit.scorer.id,
              scorerVersion: unit.scorer.version,
              test,
              passType: item.passType,
            })
          : undefined;
        score = key ? ctx.scoreCache?.get(key) : undefined;
        // A replayed score reports the time it took when it was made (0 when the entry did not record it).
        if (score && key) scoreMs = unit.cached?.scoreMs?.[key] ?? 0;
        if (!score) {
          ctx.emit({
            type: "item:stage",
            time: new Date(ctx.clock.now()).toISOString(),
            key: item.key,
            stage: "score",
          });
          const scorer = scorerOf(unit.scorer.id);
          const began = ctx.clock.monotonic();
          const outcome = await runScoringStage("score", timeouts.scoreMs, (signal) =>
            scorer.score(
              { test, passType: item.passType, generation: answer },
              itemContext(signal, timeouts.scoreMs),
            ),
          );
          scoreMs = ctx.clock.monotonic() - began;
          if (outcome.ok) {
            score = outcome.value;
            // A score whose own failure may pass on a retry (a sandbox hiccup) is not kept.
            if (key && ctx.scoreCache && !score.failure?.retryable) ctx.scoreCache.put(key, score, scoreMs);
          } else if (outcome.runAborted) {
            throw abortError(scoringSignal);
          } else {
            failure = outcome.failure;
          }
        }
        if (score && options.judge) {
          const stage = options.judge;
          ctx.emit({
            type: "item:stage",
            time: new Date(ctx.clock.now()).toISOString(),
            key: item.key,
            stage: "judge",
          });
          const scored = score;
          const outcome = await runScoringStage("judge", timeouts.judgeMs, (signal) =>
            stage.judge(
              { test, passType: item.passType, generation: answer, score: scored },
              itemContext(signal, timeouts.judgeMs),
            ),
          );
          if (outcome.ok) judge = outcome.value;
          else if (outcome.runAborted) throw abortError(scoringSignal);
          else
            judge = {
              status: "judge_error",
              judge: stage.model,
              criteria: [],
              error: outcome.failure.message,
            };
        }
      }

      const status = failure ? "error" : score?.passed ? "passed" : "failed";
      // Written out as one literal: built by spreading a shared identity object, 10,000 kept results
      // measured 40 MB more peak RSS (V8 gives spread-built objects a larger shape).
      const result: ItemResult = {
        key: item.key,
        hash: item.hash,
        model: item.model,
        ...(unit.modelDigest ? { modelDigest: unit.modelDigest } : {}),
        harness: item.harness,
        test: item.test,
        testVersion: test.version,
        suite: test.suite,
        ...(test.smoke ? { smoke: true } : {}),
        passType: item.passType,
        repeat: item.repeat,
        status,
        startedAt,
        endedAt: new Date(ctx.clock.now()).toISOString(),
        attempts,
        cache,
        prompt: { hash: promptHash(test, item.passType) },
        ...(generation ? { generation } : {}),
        ...(score ? { score } : {}),
        ...(judge ? { judge } : {}),
        ...(failure ? { failure } : {}),
        metrics: metricsOf(generation, generateMs, scoreMs, unit.cached?.runId),
      };
      return result;
    },
  };
}
