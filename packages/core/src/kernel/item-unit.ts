// Builds the serialisable unit of work for one plan item: the item, its test, the model's sampling
// and timeouts, the retry policy, the scorer and its version, and the cached generation when any.
import type { GenerationCacheEntry } from "../cache/item-cache.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { ItemUnit } from "./executor.js";
import type { KernelContext } from "./kernel-context.js";

/** The unit of plan item `index`, to be scored from `cached` when the cache had its generation. */
export function toItemUnit(
  kernel: KernelContext,
  index: number,
  test: BenchTest,
  cached: GenerationCacheEntry | null,
): ItemUnit {
  const { plan } = kernel;
  const item = plan.items[index]!;
  const digest = kernel.digestOf(item.harness, item.model);
  return {
    runId: plan.runId,
    index,
    item,
    ...(digest ? { modelDigest: digest } : {}),
    test,
    sampling: kernel.samplingFor(item.model),
    timeouts: kernel.timeoutsFor(item.model),
    retries: plan.config.retries,
    scorer: { id: test.scorer, version: kernel.options.scorerVersions.get(test.scorer) ?? "0.0.0" },
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
    cache: kernel.cache !== undefined,
    ...(plan.config.repair && test.repair
      ? { repair: { attempts: plan.config.repair.attempts, feedbackBytes: plan.config.repair.feedbackBytes } }
      : {}),
  };
}
