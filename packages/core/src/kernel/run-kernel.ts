// The scheduler: runs the pending items of a plan through an executor, model group after model group
// (each model prepared once, released after its last generation), with bounded concurrency globally
// and per harness, a separate scoring lane so scoring item n overlaps generating item n+1, the cache
// consulted before a generation slot is taken, and a stop that lets in-flight items finish.

import type { GenerationCacheEntry, ItemCache } from "../cache/item-cache.js";
import type { Timeouts } from "../config/config-schema.js";
import type { RunEvent } from "../events/run-event.js";
import type { Generation } from "../generation/generation.js";
import { createItemHasher } from "../plan/item-hash.js";
import type { Plan } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { ArtifactWriter, Clock, Logger } from "../plugin/services.js";
import type { ResourceSampler } from "../resources/resource-sampler.js";
import type { ItemResult } from "../results/item-result.js";
import { itemFailure } from "../score/item-failure.js";
import type { Score } from "../score/score.js";
import { retryDelayMs, sleep } from "./backoff.js";
import type { ExecuteContext, Executor, ItemUnit } from "./executor.js";
import type { RunControl } from "./run-control.js";
import { createStageRunner } from "./stage-runner.js";

/** Options of {@link runKernel}. */
export interface RunKernelOptions {
  plan: Plan;
  /** The planned tests, by id. */
  tests: ReadonlyMap<string, BenchTest>;
  /** Plan indexes of the items to run, ascending. */
  pending: readonly number[];
  executor: Executor;
  /** Version of each scorer, by id (part of score cache keys). */
  scorerVersions: ReadonlyMap<string, string>;
  /**
   * The artifact writer of an item. One whose writes go behind has `settled`: the kernel waits for it
   * before it records the item, so a journaled item's artifacts are on disk.
   */
  artifacts(itemKey: string): ArtifactWriter & { settled?(): Promise<void> };
  /** Records a finished item (the journal append); called before its `item:end` event. */
  onResult(result: ItemResult, index: number): void;
  emit(event: RunEvent): void;
  control: RunControl;
  clock: Clock;
  logger: Logger;
  /** Generation slots across harnesses. */
  concurrency: number;
  /** Generation slots per harness id (default: `concurrency`). */
  harnessLimits?: Readonly<Record<string, number>>;
  /** Scoring slots (default: `concurrency`). */
  scoreConcurrency?: number;
  /** The cache; undefined when it is off. */
  cache?: ItemCache;
  sampler?: ResourceSampler;
  /**
   * Keep every result in {@link KernelOutcome.results} (default true). A caller that records results
   * itself through `onResult` turns it off, so a long run holds no result in memory.
   */
  keepResults?: boolean;
}

/** What the scheduler did. */
export interface KernelOutcome {
  /** Results of the items that finished, by plan index (empty when `keepResults` is false). */
  results: Map<number, ItemResult>;
  /** Most generations in flight at once, overall and per harness. */
  maxInFlight: number;
  maxInFlightByHarness: Record<string, number>;
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const iso = (clock: Clock) => new Date(clock.now()).toISOString();

/** Runs the pending items of a plan. Never throws for an item's failure; resolves when every item settled. */
export async function runKernel(options: RunKernelOptions): Promise<KernelOutcome> {
  const { plan, control, clock, executor, cache } = options;
  const config = plan.config;
  const results = new Map<number, ItemResult>();
  const keepResults = options.keepResults !== false;
  const runStage = createStageRunner(control.signal);
  const hasher = createItemHasher({
    config,
    models: plan.models,
    harnesses: plan.harnesses,
    tests: plan.tests,
  });
  const digests = new Map(plan.models.map((m) => [`${m.harness}\u0000${m.name}`, m.digest]));
  const timeoutsFor = (model: string): Timeouts => {
    const override = config.modelOverrides[model]?.timeouts;
    return override ? { ...config.timeouts, ...override } : config.timeouts;
  };
  const samplingFor = (model: string) => {
    const override = config.modelOverrides[model]?.sampling;
    return override ? { ...config.sampling, ...override } : config.sampling;
  };

  // Lanes: generation slots (global + per harness) and scoring slots.
  const concurrency = Math.max(1, options.concurrency);
  const limitOf = (harness: string) =>
    Math.max(1, Math.min(concurrency, options.harnessLimits?.[harness] ?? concurrency));
  const scoreLimit = Math.max(1, options.scoreConcurrency ?? concurrency);
  let generating = 0;
  const generatingBy = new Map<string, number>();
  let maxInFlight = 0;
  const maxBy: Record<string, number> = {};
  let scoring = 0;
  // Answers generated and not yet scoring (waiting for a slot): bounded by the scheduler.
  let answersWaiting = 0;
  const scoreWaiters: { resolve(): void; reject(reason: unknown): void }[] = [];
  let wakeWaiters: (() => void)[] = [];
  const wake = () => {
    const waiting = wakeWaiters;
    wakeWaiters = [];
    for (const resolve of waiting) resolve();
  };
  const changed = () => new Promise<void>((resolve) => wakeWaiters.push(resolve));
  control.onStop(wake);
  control.signal.addEventListener("abort", () => {
    for (const waiter of scoreWaiters.splice(0)) waiter.reject(control.signal.reason);
    wake();
  });
  const acquireScoring = (): Promise<void> => {
    if (control.signal.aborted) return Promise.reject(control.signal.reason);
    if (scoring < scoreLimit) {
      scoring++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => scoreWaiters.push({ resolve, reject }));
  };
  const releaseScoring = () => {
    const next = scoreWaiters.shift();
    if (next) next.resolve();
    else scoring--;
    // Either a scoring slot or a place in the scoring queue is free: the scheduler may go on.
    wake();
  };

  // Items launched and not yet settled; `drained` resolves when the count falls to 0 at the end.
  let unsettled = 0;
  let drained: Deferred | undefined;
  let done = 0;
  const total = options.pending.length;

  // One model group: its items by harness, each harness's model prepared on first need.
  const runGroup = async (model: string, indexes: readonly number[]) => {
    const queues = new Map<string, number[]>();
    for (const index of indexes) {
      const harness = plan.items[index]!.harness;
      let queue = queues.get(harness);
      if (!queue) {
        queue = [];
        queues.set(harness, queue);
      }
      queue.push(index);
    }
    const prepared = new Map<string, Promise<void>>();
    const loaded = new Set<string>();
    // Items of the group still generating; the model is released when none is left.
    let generatingInGroup = 0;
    let groupGenerated: Deferred | undefined;
    const lookups = new Map<number, GenerationCacheEntry | null>();

    const lookup = (index: number): GenerationCacheEntry | null => {
      let found = lookups.get(index);
      if (found === undefined) {
        found = cache?.getGeneration(plan.items[index]!.hash) ?? null;
        lookups.set(index, found);
      }
      return found;
    };

    const ensureModel = (harness: string): Promise<void> => {
      let promise = prepared.get(harness);
      if (!promise) {
        promise = prepareModel(harness);
        prepared.set(harness, promise);
      }
      return promise;
    };

    const prepareModel = async (harness: string): Promise<void> => {
      const timeouts = timeoutsFor(model);
      const retries = config.retries;
      for (let attempt = 1; ; attempt++) {
        const began = clock.monotonic();
        const outcome = await runStage("prepare", timeouts.prepareMs, (signal) =>
          executor.prepareModel({ harness, model }, { signal: signal(), logger: options.logger }),
        );
        if (outcome.ok) {
          loaded.add(harness);
          if (outcome.value) {
            const loadMs = outcome.value.loadMs ?? clock.monotonic() - began;
            options.emit({ type: "model:load", time: iso(clock), model, harness, loadMs });
          }
          return;
        }
        if (outcome.runAborted) throw control.signal.reason;
        const failure = outcome.failure;
        if (failure.retryable && attempt <= retries.max) {
          await sleep(retryDelayMs(retries, attempt, `${harness}|${model}`), control.signal);
          continue;
        }
        options.emit({ type: "model:load", time: iso(clock), model, harness, failure });
        const { stage: _stage, ...fields } = failure;
        throw itemFailure(fields);
      }
    };

    const launch = (index: number, cached: GenerationCacheEntry | null) => {
      const item = plan.items[index]!;
      const test = options.tests.get(item.test);
      if (!test) throw new Error(`test "${item.test}" of item ${item.key} was not loaded`);
      const hit = cached !== null;
      let holdsGeneration = !hit;
      let holdsScoring = hit;
      if (!hit) {
        generating++;
        const byHarness = (generatingBy.get(item.harness) ?? 0) + 1;
        generatingBy.set(item.harness, byHarness);
        if (generating > maxInFlight) maxInFlight = generating;
        if (byHarness > (maxBy[item.harness] ?? 0)) maxBy[item.harness] = byHarness;
      } else {
        scoring++;
      }
      let generatingHere = true;
      generatingInGroup++;
      const releaseGeneration = () => {
        if (holdsGeneration) {
          holdsGeneration = false;
          generating--;
          generatingBy.set(item.harness, (generatingBy.get(item.harness) ?? 1) - 1);
          wake();
        }
        if (generatingHere) {
          generatingHere = false;
          generatingInGroup--;
          if (generatingInGroup === 0) groupGenerated?.resolve();
        }
      };
      const tracker = options.sampler?.begin();
      const artifacts = options.artifacts(item.key);
      const artifactsWritten = async () => {
        try {
          await artifacts.settled?.();
        } catch (error) {
          const file = (error as { artifact?: string }).artifact;
          options.logger.warn(
            `${file ? `artifact ${file}` : "an artifact"} of ${item.key} could not be written (${error instanceof Error ? error.message : String(error)}); its result names a missing file`,
          );
        }
      };
      // What the cache keeps of this item: a fresh generation, and any score made for the answer.
      let fresh: Generation | undefined;
      let newScores: Record<string, Score> | undefined;
      let newScoreMs: Record<string, number> | undefined;
      const keep = () => {
        if (!cache) return;
        if (fresh) {
          cache.putGeneration({
            schemaVersion: 1,
            hash: item.hash,
            itemKey: item.key,
            runId: plan.runId,
            createdAt: iso(clock),
            inputs: hasher.inputs(item),
            generation: fresh,
            ...(newScores ? { scores: newScores } : {}),
            ...(newScoreMs ? { scoreMs: newScoreMs } : {}),
          });
        } else if (cached && newScores) {
          cache.putGeneration({
            ...cached,
            scores: { ...cached.scores, ...newScores },
            ...(newScoreMs || cached.scoreMs ? { scoreMs: { ...cached.scoreMs, ...newScoreMs } } : {}),
          });
        }
        fresh = undefined;
        newScores = undefined;
        newScoreMs = undefined;
      };
      const unit: ItemUnit = {
        runId: plan.runId,
        index,
        item,
        ...(digests.get(`${item.harness}\u0000${item.model}`)
          ? { modelDigest: digests.get(`${item.harness}\u0000${item.model}`) }
          : {}),
        test,
        sampling: samplingFor(item.model),
        timeouts: timeoutsFor(item.model),
        retries: config.retries,
        scorer: { id: test.scorer, version: options.scorerVersions.get(test.scorer) ?? "0.0.0" },
        ...(cached
          ? {
              cached: {
                generation: cached.generation,
                runId: cached.runId,
                ...(cached.scores ? { scores: cached.scores } : {}),
                ...(cached.scoreMs ? { scoreMs: cached.scoreMs } : {}),
              },
            }
          : {}),
        cache: cache !== undefined,
      };
      const ctx: ExecuteContext = {
        signal: control.signal,
        stopSignal: control.stopSignal,
        clock,
        logger: options.logger,
        emit: options.emit,
        artifacts,
        reportProcess: (pid) => tracker?.reportProcess(pid),
        ensureModel: () => ensureModel(item.harness),
        generated: async (generation) => {
          if (!hit && generation && cache) fresh = generation;
          const freed = holdsGeneration;
          releaseGeneration();
          // A cache hit holds its scoring slot from the start.
          if (holdsScoring) return;
          answersWaiting++;
          try {
            // The freed generation slot is taken by the next item before this one is scored: its
            // request goes out now rather than after this item's scoring, journal line and events.
            if (freed) await new Promise<void>((resolve) => setImmediate(resolve));
            await acquireScoring();
            holdsScoring = true;
          } finally {
            answersWaiting--;
            wake();
          }
        },
        ...(cache
          ? {
              scoreCache: {
                get: (key: string) => cached?.scores?.[key],
                put: (key: string, score: Score, scoreMs?: number) => {
                  newScores ??= {};
                  newScores[key] = score;
                  if (scoreMs !== undefined) {
                    newScoreMs ??= {};
                    newScoreMs[key] = scoreMs;
                  }
                },
              },
            }
          : {}),
      };
      options.emit({ type: "item:start", time: iso(clock), key: item.key, index });
      const record = (result: ItemResult) => {
        keep();
        const resources = tracker?.end();
        if (resources) result.resources = resources;
        if (keepResults) results.set(index, result);
        options.onResult(result, index);
        done++;
        options.emit({
          type: "item:end",
          time: iso(clock),
          key: item.key,
          index,
          done,
          total,
          status: result.status,
          cache: result.cache,
          wallMs: result.metrics.wallMs,
          ...(result.failure ? { failureType: result.failure.type } : {}),
        });
      };
      unsettled++;
      executor
        .execute(unit, ctx)
        .then(
          async (result) => {
            await artifactsWritten();
            record(result);
          },
          async (error: unknown) => {
            // An abort of the run, or a stop that ended its scoring, drops the item (resume runs it
            // again); anything else is a bug in an executor, recorded as the item's crash so the run
            // goes on.
            if (control.signal.aborted || control.stopSignal.aborted) {
              keep();
              tracker?.end();
              return;
            }
            await artifactsWritten();
            const now = iso(clock);
            record({
              key: item.key,
              hash: item.hash,
              model: item.model,
              harness: item.harness,
              test: item.test,
              testVersion: test.version,
              suite: test.suite,
              ...(test.smoke ? { smoke: true } : {}),
              passType: item.passType,
              repeat: item.repeat,
              status: "error",
              startedAt: now,
              endedAt: now,
              attempts: 0,
              cache: "off",
              failure: {
                stage: "generate",
                type: "crash",
                message: error instanceof Error ? error.message : String(error),
                retryable: false,
              },
              metrics: { wallMs: 0 },
            });
          },
        )
        .catch((error: unknown) => {
          // Recording failed (the journal could not be written): stop the run, it cannot keep facts.
          options.logger.error(
            `could not record ${item.key}: ${error instanceof Error ? error.message : String(error)}`,
          );
          recordFailure ??= error;
          control.abort("the results could not be written");
        })
        .finally(() => {
          releaseGeneration();
          if (holdsScoring) releaseScoring();
          unsettled--;
          if (unsettled === 0) drained?.resolve();
        });
    };

    for (;;) {
      if (control.stopped) break;
      let pick: { harness: string; index: number; cached: GenerationCacheEntry | null } | undefined;
      let remaining = false;
      for (const [harness, queue] of queues) {
        const index = queue[0];
        if (index === undefined) continue;
        remaining = true;
        if (pick && pick.index < index) continue;
        const cached = lookup(index);
        // A generation may start while answers wait to be scored (scoring overlaps generating), but
        // not while more of them wait than there are scoring slots: a harness faster than its scorer
        // would otherwise pile every answer of the plan up in memory.
        const free = cached
          ? scoring < scoreLimit && scoreWaiters.length === 0
          : generating < concurrency &&
            (generatingBy.get(harness) ?? 0) < limitOf(harness) &&
            answersWaiting < scoreLimit;
        if (free) pick = { harness, index, cached };
      }
      if (!remaining) break;
      if (!pick) {
        await changed();
        continue;
      }
      queues.get(pick.harness)!.shift();
      lookups.delete(pick.index);
      launch(pick.index, pick.cached);
    }

    if (generatingInGroup > 0) {
      groupGenerated = deferred();
      await groupGenerated.promise;
    }
    for (const harness of loaded) {
      const signal = AbortSignal.timeout(timeoutsFor(model).prepareMs);
      await executor
        .releaseModel({ harness, model }, { signal, logger: options.logger })
        .then(() => options.emit({ type: "model:release", time: iso(clock), model, harness }))
        .catch((error: unknown) =>
          options.logger.warn(
            `releasing ${model} on ${harness} failed: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
    }
  };

  let recordFailure: unknown;
  const groups = new Map<string, number[]>();
  for (const index of options.pending) {
    const model = plan.items[index]!.model;
    let group = groups.get(model);
    if (!group) {
      group = [];
      groups.set(model, group);
    }
    group.push(index);
  }
  for (const [model, indexes] of groups) {
    if (control.stopped) break;
    await runGroup(model, indexes);
  }
  if (unsettled > 0) {
    drained = deferred();
    await drained.promise;
  }
  if (recordFailure !== undefined) throw recordFailure;
  return { results, maxInFlight, maxInFlightByHarness: maxBy };
}
