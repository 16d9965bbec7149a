// What the cache keeps of one item: a fresh generation, and the scores made for its answer (new ones
// merged into a cached entry). Collected while the item runs, written once when it settles.
import type { GenerationCacheEntry } from "../cache/item-cache.js";
import type { Generation } from "../generation/generation.js";
import type { PlanItem } from "../plan/plan-schema.js";
import type { Score } from "../score/score.js";
import type { ExecuteContext } from "./executor.js";
import type { KernelContext } from "./kernel-context.js";

/** The cache side of one item. */
export interface ItemCacheKeeper {
  /** Notes a freshly generated answer (not a cache hit) to keep. */
  generated(generation: Generation): void;
  /** The score cache handed to the executor; undefined when the cache is off. */
  scoreCache: ExecuteContext["scoreCache"];
  /** The repair rounds' cache handed to the executor; undefined when the cache is off. */
  repairCache: ExecuteContext["repairCache"];
  /** Writes what was collected to the cache (at most once per collection). */
  keep(): void;
}

/** Creates the cache keeper of `item`, whose cached entry is `cached` (null on a miss). */
export function createItemCacheKeeper(
  kernel: KernelContext,
  item: PlanItem,
  cached: GenerationCacheEntry | null,
): ItemCacheKeeper {
  const { cache, plan } = kernel;
  let fresh: Generation | undefined;
  let newScores: Record<string, Score> | undefined;
  let newScoreMs: Record<string, number> | undefined;
  return {
    generated(generation) {
      if (cached === null && cache) fresh = generation;
    },
    scoreCache: cache
      ? {
          get: (key: string) => cached?.scores?.[key],
          put: (key: string, score: Score, scoreMs?: number) => {
            newScores ??= {};
            newScores[key] = score;
            if (scoreMs !== undefined) {
              newScoreMs ??= {};
              newScoreMs[key] = scoreMs;
            }
          },
        }
      : undefined,
    // A repair round is its own entry, keyed by the hash of the conversation so far, written at once.
    repairCache: cache
      ? {
          get(hash) {
            const entry = cache.getGeneration(hash);
            if (!entry) return undefined;
            return {
              generation: entry.generation,
              runId: entry.runId,
              ...(entry.scores ? { scores: entry.scores } : {}),
              ...(entry.scoreMs ? { scoreMs: entry.scoreMs } : {}),
            };
          },
          put(hash, entry) {
            cache.putGeneration({
              schemaVersion: 1,
              hash,
              itemKey: item.key,
              runId: entry.runId ?? plan.runId,
              createdAt: kernel.now(),
              inputs: kernel.hasher.inputs(item),
              generation: entry.generation,
              ...(entry.scores && Object.keys(entry.scores).length > 0 ? { scores: entry.scores } : {}),
              ...(entry.scoreMs && Object.keys(entry.scoreMs).length > 0 ? { scoreMs: entry.scoreMs } : {}),
            });
          },
        }
      : undefined,
    keep() {
      if (!cache) return;
      if (fresh) {
        cache.putGeneration({
          schemaVersion: 1,
          hash: item.hash,
          itemKey: item.key,
          runId: plan.runId,
          createdAt: kernel.now(),
          inputs: kernel.hasher.inputs(item),
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
    },
  };
}
