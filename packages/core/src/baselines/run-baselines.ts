// The baselines beside a run's scores (`dev-cycle`'s per-suite table): the suites the runs hold,
// measured with the tests and scorers installed now.
import type { Config } from "../config/config-schema.js";
import { loadTests } from "../plan/build-plan.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Logger } from "../plugin/services.js";
import type { Run } from "../results/run-schema.js";
import { measureBaselines, type SuiteBaselines } from "./measure-baselines.js";
import { createScoreAnswer } from "./tests-check.js";

/** What {@link measureRunBaselines} loads tests and scores with. */
export interface RunBaselinesDeps {
  config: Config;
  registry: Registry;
  scope: RegistryScope;
  logger: Logger;
}

/**
 * The baselines of the suites `runs` hold: their tests loaded again (those whose scorer is installed)
 * and each baseline answer scored by the test's own scorer, within the config's score timeout.
 */
export async function measureRunBaselines(
  deps: RunBaselinesDeps,
  runs: readonly Run[],
): Promise<SuiteBaselines[]> {
  const suites = new Set(runs.flatMap((run) => run.items.map((item) => item.suite)));
  const signal = new AbortController().signal;
  const tests = (await loadTests({ ...deps, signal })).filter(
    (test) => suites.has(test.suite) && deps.registry.has("scorer", test.scorer),
  );
  return measureBaselines({
    tests,
    score: createScoreAnswer(deps.scope, deps.config.timeouts.scoreMs),
    concurrency: Math.max(1, deps.config.concurrency),
    signal,
  });
}
