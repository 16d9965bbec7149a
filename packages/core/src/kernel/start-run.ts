// Starting a new run (or a rerun): build the plan, select what a rerun copies from its source run,
// then lock the run folder, write plan.json, tell the results index, and open the journal with the
// copies in it. Nothing is written before the plan is known to be runnable.
import { toRunId } from "../import/run-id.js";
import { type BuiltPlan, buildPlan } from "../plan/build-plan.js";
import type { Clock, Logger } from "../plugin/services.js";
import type { ItemResult } from "../results/item-result.js";
import { readRun } from "../store/read-run.js";
import { resolveRunRef } from "../store/resolve-run-ref.js";
import { createRunStore } from "../store/run-store.js";
import { scopeThroughExecutor } from "./executor-scope.js";
import { appendCopies, type PreparedRun } from "./prepared-run.js";
import { selectRerun } from "./rerun-selection.js";
import { type RunBenchmarkOptions, resultsDirOf } from "./run-benchmark-options.js";

/**
 * Plans a new run (a rerun when `options.rerun` is set) and makes it ready for the kernel.
 * @throws the planning errors of {@link buildPlan} (then nothing is written), RUN_NOT_FOUND for a
 * rerun's missing source run, RUN_LOCKED
 */
export async function startNewRun(
  options: RunBenchmarkOptions,
  clock: Clock,
  logger: Logger,
): Promise<PreparedRun> {
  const start = new Date(clock.now());
  const runId = toRunId(start);
  const built: BuiltPlan = await buildPlan({
    config: options.config,
    writtenConfig: options.writtenConfig,
    registry: options.registry,
    scope: scopeThroughExecutor(options.scope, options.executor),
    cwd: options.cwd,
    filters: options.filters,
    plugins: options.plugins,
    runId,
    now: start,
    logger,
  });
  const plan = built.plan;
  let copies: ItemResult[] = [];
  if (options.rerun) {
    const source = await resolveRunRef({
      resultsDir: resultsDirOf(options),
      ref: options.rerun.from,
      cwd: options.cwd,
    });
    const selection = selectRerun(plan, await readRun(source.dir), options.rerun.mode, source.runId);
    plan.rerun = { mode: options.rerun.mode, fromRun: source.runId };
    copies = selection.copies;
  }
  const store = createRunStore({ resultsDir: resultsDirOf(options), runId });
  const unlock = store.lock();
  await store.writePlan(plan);
  // The index learns of the run while its first items start (it is a cache of the run folders); the
  // run's last index update waits for this one.
  const indexed = store
    .updateIndex({
      status: "running",
      startedAt: plan.createdAt,
      items: plan.items.length,
      passed: 0,
      simulated: plan.simulated,
    })
    .then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
  const journal = store.openJournal();
  const have = new Set<string>();
  appendCopies(journal, have, copies);
  return {
    plan,
    tests: built.tests,
    store,
    scope: options.scope,
    ownScope: false,
    unlock,
    journal,
    have,
    earlier: new Map(),
    journalStart: 0,
    indexed,
    copied: copies.length,
    recovered: 0,
    dropped: [],
    previousDurationMs: 0,
  };
}
