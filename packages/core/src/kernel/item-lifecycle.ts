// The life of one item: take its lane slots, have the executor generate and score it (the generation
// slot freed as soon as the answer is in, a scoring slot taken for it), then keep it in the cache,
// wait for its artifacts and journal it with its `item:end` event. Never throws for the item.
import type { GenerationCacheEntry } from "../cache/item-cache.js";
import type { ItemResult } from "../results/item-result.js";
import type { ExecuteContext } from "./executor.js";
import { createItemCacheKeeper } from "./item-cache-keeper.js";
import { toItemUnit } from "./item-unit.js";
import type { KernelContext } from "./kernel-context.js";

/** What an item needs from its model group. */
export interface ItemGroup {
  /** Loads the item's model on its harness (once per group). */
  ensureModel(harness: string): Promise<void>;
  /** Counts the item as generating until it calls `generationDone`. */
  generationStarted(): void;
  generationDone(): void;
}

/**
 * Launches plan item `index` (scored from `cached` on a cache hit) without waiting for it. The caller
 * checked its lane is free. The item counts as unsettled in the kernel until it is recorded or dropped.
 */
export function launchItem(
  kernel: KernelContext,
  index: number,
  cached: GenerationCacheEntry | null,
  group: ItemGroup,
): void {
  const { options, plan, lanes } = kernel;
  const { control } = options;
  const item = plan.items[index]!;
  const test = options.tests.get(item.test);
  if (!test) throw new Error(`test "${item.test}" of item ${item.key} was not loaded`);
  const hit = cached !== null;
  // A cache hit takes a scoring slot from the start; a miss a generation slot.
  let releaseGenerationSlot = hit ? undefined : lanes.takeGeneration(item.harness);
  let holdsScoring = hit;
  if (hit) lanes.takeScoring();
  let generatingHere = true;
  group.generationStarted();
  const endGeneration = () => {
    releaseGenerationSlot?.();
    releaseGenerationSlot = undefined;
    if (generatingHere) {
      generatingHere = false;
      group.generationDone();
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
  const keeper = createItemCacheKeeper(kernel, item, cached);
  const ctx: ExecuteContext = {
    signal: control.signal,
    stopSignal: control.stopSignal,
    clock: options.clock,
    logger: options.logger,
    emit: options.emit,
    artifacts,
    reportProcess: (pid) => tracker?.reportProcess(pid),
    ensureModel: () => group.ensureModel(item.harness),
    generated: async (generation) => {
      if (generation) keeper.generated(generation);
      const freed = releaseGenerationSlot !== undefined;
      endGeneration();
      if (holdsScoring) return;
      // The freed generation slot is taken by the next item before this one is scored: its request
      // goes out now rather than after this item's scoring, journal line and events.
      await lanes.waitForScoring(freed);
      holdsScoring = true;
    },
    ...(keeper.scoreCache ? { scoreCache: keeper.scoreCache } : {}),
    ...(keeper.repairCache ? { repairCache: keeper.repairCache } : {}),
  };
  options.emit({ type: "item:start", time: kernel.now(), key: item.key, index });
  const record = (result: ItemResult) => {
    keeper.keep();
    const resources = tracker?.end();
    if (resources) result.resources = resources;
    if (options.keepResults !== false) kernel.results.set(index, result);
    options.onResult(result, index);
    kernel.done++;
    options.emit({
      type: "item:end",
      time: kernel.now(),
      key: item.key,
      index,
      done: kernel.done,
      total: options.pending.length,
      status: result.status,
      cache: result.cache,
      wallMs: result.metrics.wallMs,
      ...(result.failure ? { failureType: result.failure.type } : {}),
      ...(result.repairs?.length ? { repairs: result.repairs.length } : {}),
      ...(result.passedAtAttempt !== undefined ? { passedAtAttempt: result.passedAtAttempt } : {}),
    });
  };
  kernel.unsettled.add();
  options.executor
    .execute(toItemUnit(kernel, index, test, cached), ctx)
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
          keeper.keep();
          tracker?.end();
          return;
        }
        await artifactsWritten();
        const now = kernel.now();
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
      kernel.recordFailure ??= error;
      control.abort("the results could not be written");
    })
    .finally(() => {
      endGeneration();
      if (holdsScoring) lanes.releaseScoring();
      kernel.unsettled.done();
    });
}
