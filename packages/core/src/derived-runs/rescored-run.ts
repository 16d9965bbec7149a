// A rescored run (`benchloop rescore`): the source run's answers scored again with the scorers installed
// now, written as a new derived run. No model is called.
import type { Config } from "../config/config-schema.js";
import { benchloopVersion } from "../environment/collect-environment.js";
import { type RescoredRun, rescoreRun } from "../import/rescore-run.js";
import { toRunId } from "../import/run-id.js";
import { claimRunFolder } from "../import/write-run-folder.js";
import type { Plan, PluginRecord } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Run } from "../results/run-schema.js";
import { createRunStore } from "../store/run-store.js";
import type { ItemFilter } from "../summary/item-filter.js";
import { writeDerivedRun } from "./derived-run.js";

/** Options of {@link writeRescoredRun}. */
export interface WriteRescoredRunOptions {
  resultsDir: string;
  source: { run: Run; plan?: Plan };
  /** Installed tests by id. */
  tests: ReadonlyMap<string, BenchTest>;
  registry: Registry;
  scope: RegistryScope;
  config: Config;
  plugins: PluginRecord[];
  /** Only items this filter selects are scored again; the others are copied. */
  filter?: ItemFilter;
  signal: AbortSignal;
}

/** Rescores the source run with the registry's scorers into a new run folder; returns it and the folder. */
export async function writeRescoredRun(
  options: WriteRescoredRunOptions,
): Promise<RescoredRun & { dir: string }> {
  const { registry, scope, config } = options;
  const store = createRunStore({ resultsDir: options.resultsDir, runId: toRunId(new Date()) });
  await claimRunFolder(store);
  const result = await rescoreRun({
    source: options.source,
    store,
    tests: options.tests,
    scorers: {
      get: (id) => (registry.has("scorer", id) ? scope.get("scorer", id) : undefined),
      version: (id) => registry.entry("scorer", id).version,
    },
    scoreTimeoutMs: config.timeouts.scoreMs,
    concurrency: config.concurrency,
    filter: options.filter,
    plugins: options.plugins,
    benchloopVersion: benchloopVersion(),
    signal: options.signal,
  });
  await writeDerivedRun(store, result);
  return { ...result, dir: store.dir };
}
