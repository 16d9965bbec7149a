// The options of a kernel run and the state its parts share: the plan's lookups (timeouts, sampling,
// digests by model), the lanes, the stage runner, the count of unsettled items and the results.
import type { ItemCache } from "../cache/item-cache.js";
import type { Sampling, Timeouts } from "../config/config-schema.js";
import type { RunEvent } from "../events/run-event.js";
import { createItemHasher, type ItemHasher, samplingFor } from "../plan/item-hash.js";
import type { Plan } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { ArtifactWriter, Clock, Logger } from "../plugin/services.js";
import type { ResourceSampler } from "../resources/resource-sampler.js";
import type { ItemResult } from "../results/item-result.js";
import type { Executor } from "./executor.js";
import { createInFlight, type InFlight } from "./in-flight.js";
import { createLanes, type Lanes } from "./lanes.js";
import type { RunControl } from "./run-control.js";
import { createStageRunner, type StageRunner } from "./stage-runner.js";

/** Options of `runKernel`. */
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

/** What the parts of one kernel run share. */
export interface KernelContext {
  options: RunKernelOptions;
  plan: Plan;
  cache?: ItemCache;
  hasher: ItemHasher;
  lanes: Lanes;
  runStage: StageRunner;
  /** Items launched and not yet settled. */
  unsettled: InFlight;
  results: Map<number, ItemResult>;
  /** Items recorded so far (the `done` of `item:end`). */
  done: number;
  /** The first error recording a result threw (the run is aborted and `runKernel` rethrows it). */
  recordFailure?: unknown;
  /** Stage timeouts of a model: the config's, with the model's overrides. */
  timeoutsFor(model: string): Timeouts;
  /** Sampling of a model: the config's, with the model's overrides. */
  samplingFor(model: string): Sampling;
  /** The digest the plan recorded for a model on a harness. */
  digestOf(harness: string, model: string): string | undefined;
  /** The clock's time as an ISO string, for events. */
  now(): string;
}

/** Builds the shared state of a kernel run from its options. */
export function createKernelContext(options: RunKernelOptions): KernelContext {
  const { plan, control, clock } = options;
  const config = plan.config;
  const digests = new Map(plan.models.map((m) => [`${m.harness}\u0000${m.name}`, m.digest]));
  return {
    options,
    plan,
    ...(options.cache ? { cache: options.cache } : {}),
    hasher: createItemHasher({
      config,
      models: plan.models,
      harnesses: plan.harnesses,
      tests: plan.tests,
    }),
    lanes: createLanes({
      concurrency: options.concurrency,
      ...(options.harnessLimits ? { harnessLimits: options.harnessLimits } : {}),
      ...(options.scoreConcurrency !== undefined ? { scoreConcurrency: options.scoreConcurrency } : {}),
      control,
    }),
    runStage: createStageRunner(control.signal),
    unsettled: createInFlight(),
    results: new Map(),
    done: 0,
    timeoutsFor(model) {
      const override = config.modelOverrides[model]?.timeouts;
      return override ? { ...config.timeouts, ...override } : config.timeouts;
    },
    samplingFor: (model) => samplingFor(config, model),
    digestOf: (harness, model) => digests.get(`${harness}\u0000${model}`),
    now: () => new Date(clock.now()).toISOString(),
  };
}
