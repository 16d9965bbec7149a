// The scheduler: runs the pending items of a plan through an executor, model group after model group
// (each model prepared once, released after its last generation), with bounded concurrency globally
// and per harness, a separate scoring lane so scoring item n overlaps generating item n+1, the cache
// consulted before a generation slot is taken, and a stop that lets in-flight items finish.
//
// The parts: `lanes.ts` (slots and back-pressure), `model-group.ts` (one model's items and its
// load/release), `item-lifecycle.ts` (one item from its slot to its journal line).
import { createKernelContext, type KernelOutcome, type RunKernelOptions } from "./kernel-context.js";
import { groupBy, runModelGroup } from "./model-group.js";

export type { KernelOutcome, RunKernelOptions } from "./kernel-context.js";

/** Runs the pending items of a plan. Never throws for an item's failure; resolves when every item settled. */
export async function runKernel(options: RunKernelOptions): Promise<KernelOutcome> {
  const kernel = createKernelContext(options);
  const { plan, control } = options;
  const groups = groupBy(options.pending, (index) => plan.items[index]!.model);
  for (const [model, indexes] of groups) {
    if (control.stopped) break;
    await runModelGroup(kernel, model, indexes);
  }
  await kernel.unsettled.idle();
  if (kernel.recordFailure !== undefined) throw kernel.recordFailure;
  return {
    results: kernel.results,
    maxInFlight: kernel.lanes.maxInFlight,
    maxInFlightByHarness: kernel.lanes.maxInFlightByHarness(),
  };
}
