// One model group: the pending items of one model, queued by harness. Items are launched in plan
// order as their lanes free up (a cache hit needs a scoring slot, a miss a generation slot), the
// model is loaded on a harness at its first item's need, and released once the group's last
// generation is over (while its last answers may still be scoring).
import type { GenerationCacheEntry } from "../cache/item-cache.js";
import { createInFlight } from "./in-flight.js";
import type { ItemGroup } from "./item-lifecycle.js";
import { launchItem } from "./item-lifecycle.js";
import type { KernelContext } from "./kernel-context.js";
import { prepareModel, releaseModel } from "./model-lifecycle.js";

/** The next item to launch: the lowest plan index among the harness queues whose lane is free. */
interface Pick {
  harness: string;
  index: number;
  cached: GenerationCacheEntry | null;
}

/** Groups plan indexes by a key, keeping their order (and the keys' order of first appearance). */
export function groupBy(indexes: readonly number[], keyOf: (index: number) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const index of indexes) {
    const key = keyOf(index);
    let group = groups.get(key);
    if (!group) {
      group = [];
      groups.set(key, group);
    }
    group.push(index);
  }
  return groups;
}

/**
 * Runs the items `indexes` of `model`: resolves when every one of them has been launched and the
 * model released (their results may still be settling; the kernel waits for those). Stops
 * launching when the run is stopped.
 */
export async function runModelGroup(
  kernel: KernelContext,
  model: string,
  indexes: readonly number[],
): Promise<void> {
  const { plan, lanes, cache } = kernel;
  const { control } = kernel.options;
  const queues = groupBy(indexes, (index) => plan.items[index]!.harness);
  const prepared = new Map<string, Promise<void>>();
  const loaded = new Set<string>();
  const generating = createInFlight();
  const group: ItemGroup = {
    ensureModel(harness) {
      let promise = prepared.get(harness);
      if (!promise) {
        promise = prepareModel(kernel, harness, model).then(() => {
          loaded.add(harness);
        });
        prepared.set(harness, promise);
      }
      return promise;
    },
    generationStarted: () => generating.add(),
    generationDone: () => generating.done(),
  };

  // Cache lookups of the queue heads, kept while an item waits for its lane.
  const lookups = new Map<number, GenerationCacheEntry | null>();
  const lookup = (index: number): GenerationCacheEntry | null => {
    let found = lookups.get(index);
    if (found === undefined) {
      found = cache?.getGeneration(plan.items[index]!.hash) ?? null;
      lookups.set(index, found);
    }
    return found;
  };

  for (;;) {
    if (control.stopped) break;
    let pick: Pick | undefined;
    let remaining = false;
    for (const [harness, queue] of queues) {
      const index = queue[0];
      if (index === undefined) continue;
      remaining = true;
      if (pick && pick.index < index) continue;
      const cached = lookup(index);
      const free = cached ? lanes.canScore() : lanes.canGenerate(harness);
      if (free) pick = { harness, index, cached };
    }
    if (!remaining) break;
    if (!pick) {
      await lanes.changed();
      continue;
    }
    queues.get(pick.harness)!.shift();
    lookups.delete(pick.index);
    launchItem(kernel, pick.index, pick.cached, group);
  }

  await generating.idle();
  await releaseModel(kernel, loaded, model);
}
