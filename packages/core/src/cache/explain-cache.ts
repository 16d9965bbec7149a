// `benchloop cache explain <itemKey> --from <run>`: would the item hit the cache now, and if not, which
// part of its hash changed since that run (model digest, harness version or config, test content,
// sampling, …). The source run's inputs come from its cache entry, else from its plan.json.
import { argumentInvalid } from "../errors/catalog.js";
import {
  createItemHasher,
  diffHashInputs,
  type HashInputChange,
  type ItemHashInputs,
} from "../plan/item-hash.js";
import type { Plan } from "../plan/plan-schema.js";
import type { ItemCache } from "./item-cache.js";

/** Options of {@link explainCacheItem}. */
export interface ExplainCacheOptions {
  cache: ItemCache;
  itemKey: string;
  /** The run the item is compared with. */
  source: { runId: string; plan: Plan };
  /** The plan the item would run in now, or why it could not be built. */
  current: { plan: Plan } | { error: string };
}

/** What {@link explainCacheItem} found. */
export interface CacheExplanation {
  itemKey: string;
  sourceRunId: string;
  sourceHash: string;
  /** True when the source run's generation of the item is in the cache. */
  sourceCached: boolean;
  currentHash?: string;
  /** True when the item's current hash is in the cache (it would be a hit). */
  currentCached?: boolean;
  /** Hash inputs that differ between the source run and now, by path (`model.digest`, `sampling.seed` …). */
  changes: HashInputChange[];
  /**
   * hit: the current hash is cached; changed: the hash differs from the source run's (see changes);
   * not-cached: same hash as the source run, but its generation was never cached (it failed) or was
   * cleared; not-planned: the item is not in the current plan; unknown: the current plan could not be built.
   */
  verdict: "hit" | "changed" | "not-cached" | "not-planned" | "unknown";
  /** Why the current plan could not be built (verdict unknown). */
  reason?: string;
}

function inputsFromPlan(plan: Plan, itemKey: string): { hash: string; inputs: ItemHashInputs } | undefined {
  const item = plan.items.find((i) => i.key === itemKey);
  if (!item) return undefined;
  const hasher = createItemHasher({
    config: plan.config,
    models: plan.models,
    harnesses: plan.harnesses,
    tests: plan.tests,
  });
  return { hash: item.hash, inputs: hasher.inputs(item) };
}

/**
 * Explains the cache status of one item against a source run.
 * @throws ARGUMENT_INVALID when the item key is not in the source run's plan
 */
export function explainCacheItem(options: ExplainCacheOptions): CacheExplanation {
  const { cache, itemKey, source } = options;
  const fromPlan = inputsFromPlan(source.plan, itemKey);
  if (!fromPlan) {
    throw argumentInvalid(
      `item key "${itemKey}"`,
      `is not in the plan of run ${source.runId}`,
      `Copy a key from \`benchloop show ${source.runId}\` (keys look like model|harness|test|passType#repeat).`,
    );
  }
  const cachedSource = cache.getGeneration(fromPlan.hash);
  const sourceInputs = cachedSource?.inputs ?? fromPlan.inputs;
  const base = {
    itemKey,
    sourceRunId: source.runId,
    sourceHash: fromPlan.hash,
    sourceCached: cachedSource !== undefined,
  };
  if ("error" in options.current)
    return { ...base, changes: [], verdict: "unknown", reason: options.current.error };
  const now = inputsFromPlan(options.current.plan, itemKey);
  if (!now) return { ...base, changes: [], verdict: "not-planned" };
  const currentCached = cache.getGeneration(now.hash) !== undefined;
  const changes = diffHashInputs(sourceInputs, now.inputs);
  const verdict = currentCached ? "hit" : now.hash !== fromPlan.hash ? "changed" : "not-cached";
  return { ...base, currentHash: now.hash, currentCached, changes, verdict };
}
