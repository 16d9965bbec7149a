// `benchloop cache explain <itemKey>`: the item's hash in a past run against the plan a run with the
// same config would build now, and what that means for the cache.
import path from "node:path";
import type { Config } from "../config/config-schema.js";
import { buildPlan } from "../plan/build-plan.js";
import { parseItemKey } from "../plan/item-key.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import { readPlan } from "../store/read-run.js";
import { resolveRunRef } from "../store/resolve-run-ref.js";
import { type CacheExplanation, explainCacheItem } from "./explain-cache.js";
import { createItemCache } from "./item-cache.js";

/** Options of {@link explainItem}. */
export interface ExplainItemOptions {
  itemKey: string;
  /** The past run (id, path, latest, latest~N); default latest. */
  from?: string;
  config: Config;
  registry: Registry;
  scope: RegistryScope;
  cwd: string;
}

/**
 * Explains whether the item would hit the cache now, and which hash inputs changed since the run.
 * @throws ITEM_KEY_INVALID, RUN_NOT_FOUND
 */
export async function explainItem(options: ExplainItemOptions): Promise<CacheExplanation> {
  const { config, registry, scope, cwd, itemKey } = options;
  const parts = parseItemKey(itemKey);
  const resultsDir = path.resolve(cwd, config.resultsDir);
  const source = await resolveRunRef({ resultsDir, ref: options.from ?? "latest", cwd });
  // The current plan is built as `run` with the same config would build it.
  const current = await buildPlan({
    config: { ...config, repeats: Math.max(config.repeats, parts.repeat) },
    registry,
    scope,
    cwd,
    filters: {
      models: [parts.model],
      harnesses: [parts.harness],
      tests: [parts.test],
      passTypes: [parts.passType],
    },
  }).then(
    (built) => ({ plan: built.plan }),
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );
  return explainCacheItem({
    cache: createItemCache({ dir: path.resolve(cwd, config.cacheDir) }),
    itemKey,
    source: { runId: source.runId, plan: await readPlan(source.dir) },
    current,
  });
}
