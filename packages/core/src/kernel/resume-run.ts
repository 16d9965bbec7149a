// Resuming a run (`benchloop run --resume <run>`): lock its folder, read back its plan and journal,
// copy what its rerun still lacks, and check that what is missing can run as planned — the tests
// unchanged and their harnesses available — before the journal is reopened for appending.
import path from "node:path";
import { loadTests } from "../plan/build-plan.js";
import type { Plan } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { RegistryScope } from "../plugin/registry.js";
import type { Clock, Logger } from "../plugin/services.js";
import { restoreUrlCredentials } from "../plugin/url-credentials.js";
import type { ItemResult } from "../results/item-result.js";
import { readRun } from "../store/read-run.js";
import { resolveRunRef } from "../store/resolve-run-ref.js";
import { createRunStore } from "../store/run-store.js";
import { scopeThroughExecutor } from "./executor-scope.js";
import { runNotResumable } from "./kernel-errors.js";
import { appendCopies, type PreparedRun } from "./prepared-run.js";
import { probeNeeded } from "./probe-harnesses.js";
import { selectRerun } from "./rerun-selection.js";
import { type RunBenchmarkOptions, resultsDirOf } from "./run-benchmark-options.js";

/** The tests the missing items need, as loaded now; throws RUN_NOT_RESUMABLE if one is gone or changed. */
async function unchangedTests(
  plan: Plan,
  needed: Set<string>,
  runId: string,
  load: Parameters<typeof loadTests>[0],
): Promise<Map<string, BenchTest>> {
  const tests = new Map<string, BenchTest>();
  const loaded = await loadTests(load);
  const byId = new Map(loaded.map((t) => [t.id, t]));
  const changed: string[] = [];
  for (const planned of plan.tests) {
    if (!needed.has(planned.id)) continue;
    const test = byId.get(planned.id);
    if (!test || test.contentHash !== planned.contentHash) changed.push(planned.id);
    else tests.set(planned.id, test);
  }
  if (changed.length > 0) {
    throw runNotResumable(
      runId,
      `tests ${changed.slice(0, 5).join(", ")}${changed.length > 5 ? ", …" : ""} are missing or changed since it was planned`,
      `Start a new run (\`benchloop run\`), or rerun against it: \`benchloop run --rerun changed --from ${runId}\`.`,
    );
  }
  return tests;
}

/**
 * Makes the run `options.resume` names ready for the kernel again. Opens its own scope with the plan's
 * config (credentials restored from the current one); on failure unlocks and disposes it.
 * @throws RUN_NOT_FOUND, RUN_LOCKED, RUN_NOT_RESUMABLE (tests changed), HARNESS_UNAVAILABLE
 */
export async function resumeRun(
  options: RunBenchmarkOptions,
  clock: Clock,
  logger: Logger,
): Promise<PreparedRun> {
  const ref = await resolveRunRef({
    resultsDir: resultsDirOf(options),
    ref: options.resume!,
    cwd: options.cwd,
  });
  const store = createRunStore({ resultsDir: path.dirname(ref.dir), runId: ref.runId });
  const unlock = store.lock();
  let scope: RegistryScope | undefined;
  try {
    const plan = await store.readPlan();
    const previousRun = await readRun(ref.dir).catch(() => undefined);
    const journalContents = store.readJournal();
    for (const line of journalContents.dropped) {
      logger.warn(
        `items.jsonl line ${line.line} of run ${ref.runId} was dropped (${line.reason}${line.detail ? `: ${line.detail}` : ""}); its item runs again`,
      );
    }
    const planned = new Set(plan.items.map((i) => i.key));
    const earlier = new Map(journalContents.items.filter((i) => planned.has(i.key)).map((i) => [i.key, i]));
    const have = new Set(earlier.keys());
    const recovered = have.size;

    let copies: ItemResult[] = [];
    if (plan.rerun) {
      const source = await resolveRunRef({
        resultsDir: path.dirname(ref.dir),
        ref: plan.rerun.fromRun,
        cwd: options.cwd,
      });
      copies = selectRerun(
        plan,
        await readRun(source.dir),
        plan.rerun.mode,
        plan.rerun.fromRun,
      ).copies.filter((c) => !have.has(c.key));
    }
    const copiedKeys = new Set(copies.map((c) => c.key));
    const missing = plan.items.filter((i) => !have.has(i.key) && !copiedKeys.has(i.key));

    // The plan keeps URLs without their credentials: the current config gives them back.
    const config = restoreUrlCredentials(plan.config, options.config);
    scope = options.registry.createScope({ config, cwd: options.cwd, logger, clock });
    let tests = new Map<string, BenchTest>();
    if (missing.length > 0) {
      const needed = new Set(missing.map((i) => i.test));
      tests = await unchangedTests(plan, needed, ref.runId, {
        registry: options.registry,
        scope,
        config,
        logger,
      });
      await probeNeeded(
        new Set(missing.map((i) => i.harness)),
        scopeThroughExecutor(scope, options.executor),
        logger,
      );
    }

    const journal = store.openJournal(journalContents.completeBytes);
    appendCopies(journal, have, copies);
    // Without a run.json (killed), the earlier session lasted at least until its last journaled item.
    const started = Date.parse(plan.createdAt);
    const lastEnd = Math.max(started, ...journalContents.items.map((item) => Date.parse(item.endedAt)));
    const previousDurationMs = previousRun?.durationMs ?? lastEnd - started;
    return {
      plan,
      tests,
      store,
      scope,
      ownScope: true,
      unlock,
      journal,
      have,
      earlier,
      journalStart: journalContents.completeBytes,
      copied: copies.length,
      recovered,
      dropped: journalContents.dropped,
      previousDurationMs,
      previousRun,
    };
  } catch (error) {
    unlock();
    await scope?.dispose();
    throw error;
  }
}
