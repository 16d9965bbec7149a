// This session of a run: runs the pending items of a prepared run through the kernel, each result
// appended to the journal as it settles, with the resource sampler going when the config asks for
// it, `run:start` and `run:interrupt` emitted, and the journal closed and the cache flushed at the end.
import path from "node:path";
import { createItemCache, type ItemCache } from "../cache/item-cache.js";
import type { RunEvent } from "../events/run-event.js";
import type { Plan } from "../plan/plan-schema.js";
import type { Registry } from "../plugin/registry.js";
import type { Clock, Logger } from "../plugin/services.js";
import {
  createResourceSampler,
  type ResourceSampler,
  type VramSource,
} from "../resources/resource-sampler.js";
import { createInProcessExecutor } from "./in-process-executor.js";
import type { PreparedRun } from "./prepared-run.js";
import type { RunBenchmarkOptions } from "./run-benchmark-options.js";
import type { RunControl } from "./run-control.js";
import { type KernelOutcome, runKernel } from "./run-kernel.js";

/** What {@link runSession} is given besides the run's options and the prepared run. */
export interface SessionContext {
  /** Indexes (in the plan) of the items without a result yet. */
  pending: number[];
  control: RunControl;
  emit: (event: RunEvent) => void;
  clock: Clock;
  logger: Logger;
}

/** How this session went. */
export interface SessionResult {
  /** The kernel's outcome; absent when nothing was pending or the kernel threw. */
  outcome?: KernelOutcome;
  /** What went wrong while running (undefined when nothing did). */
  failure: unknown;
  /** Items whose result this session appended to the journal. */
  executed: number;
}

/** The concurrency limit of each harness of the plan: the lower of its plugin's and the config's. */
function harnessLimits(plan: Plan, registry: Registry): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const { id } of plan.harnesses) {
    const fromPlugin = registry.has("harness", id)
      ? registry.entry("harness", id).options.capabilities?.maxConcurrency
      : undefined;
    const fromConfig = plan.config.harnessConcurrency[id];
    const limit = Math.min(fromPlugin ?? Number.POSITIVE_INFINITY, fromConfig ?? Number.POSITIVE_INFINITY);
    if (Number.isFinite(limit)) limits[id] = limit;
  }
  return limits;
}

/**
 * Runs the pending items of `prepared`. An error while running is returned as `failure`, not thrown;
 * the journal is closed either way.
 * @throws only when the item cache cannot be opened or flushed
 */
export async function runSession(
  options: RunBenchmarkOptions,
  prepared: PreparedRun,
  session: SessionContext,
): Promise<SessionResult> {
  const { plan, store, scope } = prepared;
  const { pending, control, emit, clock, logger } = session;
  let sampler: ResourceSampler | undefined;
  let outcome: KernelOutcome | undefined;
  let failure: unknown;
  let executed = 0;
  const cache: ItemCache | undefined = plan.config.cache
    ? createItemCache({ dir: path.resolve(options.cwd, plan.config.cacheDir) })
    : undefined;
  try {
    if (pending.length > 0 && plan.config.resources) {
      const vramSources: VramSource[] = [];
      for (const { id } of plan.harnesses) {
        if (!options.registry.has("harness", id)) continue;
        const harness = scope.get("harness", id);
        if (harness.sampleResources)
          vramSources.push(() => harness.sampleResources!({ signal: AbortSignal.timeout(2_000), logger }));
      }
      sampler = createResourceSampler({ vramSources, intervalMs: options.resourceIntervalMs });
      sampler.start();
    }
    emit({
      type: "run:start",
      time: new Date(clock.now()).toISOString(),
      runId: store.runId,
      runDir: store.dir,
      items: plan.items.length,
      pending: pending.length,
      simulated: plan.simulated,
    });
    control.onStop((reason) =>
      emit({ type: "run:interrupt", time: new Date(clock.now()).toISOString(), reason }),
    );
    if (pending.length > 0) {
      outcome = await runKernel({
        plan,
        tests: prepared.tests,
        pending,
        executor: options.executor ?? createInProcessExecutor({ scope, judge: options.judge }),
        scorerVersions: new Map(options.registry.list("scorer").map((entry) => [entry.id, entry.version])),
        artifacts: (key) => store.artifacts(key),
        onResult: (result) => {
          prepared.journal.append(result);
          executed++;
        },
        emit,
        control,
        clock,
        logger,
        concurrency: plan.config.concurrency,
        harnessLimits: harnessLimits(plan, options.registry),
        scoreConcurrency: options.scoreConcurrency,
        cache,
        sampler,
        keepResults: false,
      });
    }
  } catch (error) {
    failure = error;
  } finally {
    sampler?.stop();
    prepared.journal.close();
    await cache?.flush();
  }
  return { outcome, failure, executed };
}
