// `benchloop run` from start to end: build (or reload) the plan, write plan.json, copy rerun facts,
// run the pending items through the kernel with the journal appended per item, then write run.json
// atomically and update the results index — also when interrupted. Nothing is written before the plan
// is known to be runnable.
import path from "node:path";
import { createItemCache, type ItemCache } from "../cache/item-cache.js";
import type { Config } from "../config/config-schema.js";
import type { RunEvent } from "../events/run-event.js";
import { toRunId } from "../import/run-id.js";
import { type BuiltPlan, buildPlan, loadTests } from "../plan/build-plan.js";
import type { PlanFilters } from "../plan/plan-filters.js";
import type { Plan, PluginRecord } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { ProbeResult } from "../plugin/contracts.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import { type Clock, type Logger, SILENT_LOGGER, SYSTEM_CLOCK } from "../plugin/services.js";
import { restoreUrlCredentials } from "../plugin/url-credentials.js";
import {
  createResourceSampler,
  type ResourceSampler,
  type VramSource,
} from "../resources/resource-sampler.js";
import type { ItemResult } from "../results/item-result.js";
import { RUN_SCHEMA_VERSION, type Run } from "../results/run-schema.js";
import type { DroppedJournalLine, ItemJournal } from "../store/item-journal.js";
import { readRun } from "../store/read-run.js";
import { resolveRunRef } from "../store/resolve-run-ref.js";
import { createRunStore, type RunStore } from "../store/run-store.js";
import { summarizeRun } from "../summary/summarize-run.js";
import type { Executor } from "./executor.js";
import { createInProcessExecutor, type JudgeStage } from "./in-process-executor.js";
import { harnessUnavailable, runNotResumable } from "./kernel-errors.js";
import { type RerunMode, selectRerun } from "./rerun-selection.js";
import { createRunControl, type RunControl } from "./run-control.js";
import { runKernel } from "./run-kernel.js";

/** Options of {@link runBenchmark}. */
export interface RunBenchmarkOptions {
  config: Config;
  writtenConfig?: unknown;
  registry: Registry;
  /** The command's scope (components built with `config`). A resumed run opens its own with the plan's config. */
  scope: RegistryScope;
  cwd: string;
  plugins?: readonly PluginRecord[];
  filters?: PlanFilters;
  /** Finish an earlier run (id, path, `latest`, `latest~N`) instead of starting one. */
  resume?: string;
  /** Run again only what the rule selects from another run; copy the rest. */
  rerun?: { mode: RerunMode; from: string };
  executor?: Executor;
  judge?: JudgeStage;
  control?: RunControl;
  onEvent?(event: RunEvent): void;
  clock?: Clock;
  logger?: Logger;
  scoreConcurrency?: number;
  resourceIntervalMs?: number;
}

/** What a run did. */
export interface RunOutcome {
  runId: string;
  dir: string;
  status: Run["status"];
  run: Run;
  plan: Plan;
  /** Items executed in this session. */
  executed: number;
  /** Items copied from another run (rerun). */
  copied: number;
  /** Items recovered from the journal (resume). */
  recovered: number;
  /** Journal lines dropped while resuming (a torn last line after a crash). */
  dropped: DroppedJournalLine[];
  maxInFlight: number;
  maxInFlightByHarness: Record<string, number>;
}

interface Prepared {
  plan: Plan;
  tests: ReadonlyMap<string, BenchTest>;
  store: RunStore;
  scope: RegistryScope;
  ownScope: boolean;
  unlock: () => void;
  journal: ItemJournal;
  /**
   * Keys of the items with a result before the kernel starts (recovered or copied). Results are not
   * kept in memory while the run goes: the journal holds them and is read back once at the end.
   */
  have: Set<string>;
  /** Results of earlier sessions (resume), validated when read; this session's lines come after. */
  earlier: ReadonlyMap<string, ItemResult>;
  /** Where this session's lines start in items.jsonl. */
  journalStart: number;
  /** The index update made when the run started, and how it failed. */
  indexed?: Promise<{ error: unknown } | undefined>;
  copied: number;
  recovered: number;
  dropped: DroppedJournalLine[];
  previousDurationMs: number;
  previousRun?: Run;
}

function resultsDirOf(options: RunBenchmarkOptions): string {
  return path.resolve(options.cwd, options.config.resultsDir);
}

async function startNew(options: RunBenchmarkOptions, clock: Clock, logger: Logger): Promise<Prepared> {
  const start = new Date(clock.now());
  const runId = toRunId(start);
  const built: BuiltPlan = await buildPlan({
    config: options.config,
    writtenConfig: options.writtenConfig,
    registry: options.registry,
    scope: options.scope,
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
  for (const copy of copies) {
    journal.append(copy);
    have.add(copy.key);
  }
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

async function probeNeeded(
  pendingHarnesses: Set<string>,
  scope: RegistryScope,
  logger: Logger,
): Promise<void> {
  const down: Record<string, ProbeResult> = {};
  for (const id of pendingHarnesses) {
    const probe = await scope
      .get("harness", id)
      .probe({ signal: AbortSignal.timeout(10_000), logger })
      .catch((error: unknown) => ({
        available: false,
        reason: `probe failed: ${error instanceof Error ? error.message : String(error)}`,
      }));
    if (!probe.available) down[id] = probe;
  }
  if (Object.keys(down).length > 0) throw harnessUnavailable(down);
}

async function startResume(options: RunBenchmarkOptions, clock: Clock, logger: Logger): Promise<Prepared> {
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
    const tests = new Map<string, BenchTest>();
    if (missing.length > 0) {
      const needed = new Set(missing.map((i) => i.test));
      const loaded = await loadTests({ registry: options.registry, scope, config, logger });
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
          ref.runId,
          `tests ${changed.slice(0, 5).join(", ")}${changed.length > 5 ? ", …" : ""} are missing or changed since it was planned`,
          `Start a new run (\`benchloop run\`), or rerun against it: \`benchloop run --rerun changed --from ${ref.runId}\`.`,
        );
      }
      await probeNeeded(new Set(missing.map((i) => i.harness)), scope, logger);
    }

    const journal = store.openJournal(journalContents.completeBytes);
    for (const copy of copies) {
      journal.append(copy);
      have.add(copy.key);
    }
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

function harnessLimits(plan: Plan, registry: Registry): Record<string, number> {
  const limits: Record<string, number> = {};
  for (const { id } of plan.harnesses) {
    const fromPlugin = registry.has("harness", id)
      ? registry.entry("harness", id).options.capabilities?.maxConcurrency
      : undefined;
    const fromConfig = plan.config.harnessConcurrency[id];
    const limit = Math.min(fromPlugin ?? Number.POSITIVE_INFINITY, fromConfig ?? Number.POSITIVE_INFINITY);
    if (Number.isFinite(limit)) limits[id] = limit;
  }
  return limits;
}

/**
 * Runs a benchmark: a new run, a resumed one (`resume`), or a rerun (`rerun`). Resolves when run.json is
 * written — `status: "interrupted"` after `control.stop()`.
 * @throws the planning errors of {@link buildPlan} (then nothing is written), RUN_NOT_FOUND, RUN_LOCKED,
 * RUN_NOT_RESUMABLE, and errors writing the results (run.json is then written with status `failed`)
 */
export async function runBenchmark(options: RunBenchmarkOptions): Promise<RunOutcome> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const logger = options.logger ?? SILENT_LOGGER;
  const emit = options.onEvent ?? (() => undefined);
  const sessionStart = clock.now();
  const prepared = options.resume
    ? await startResume(options, clock, logger)
    : await startNew(options, clock, logger);
  const { plan, store, scope, have } = prepared;
  const runId = store.runId;
  const control = options.control ?? createRunControl();
  const pending = plan.items.flatMap((item, index) => (have.has(item.key) ? [] : [index]));

  let sampler: ResourceSampler | undefined;
  let outcome: Awaited<ReturnType<typeof runKernel>> | undefined;
  let failure: unknown;
  let executed = 0;
  const cache: ItemCache | undefined = plan.config.cache
    ? createItemCache({ dir: path.resolve(options.cwd, plan.config.cacheDir) })
    : undefined;
  try {
    if (pending.length > 0 && plan.config.resources) {
      const vramSources: VramSource[] = [];
      for (const { id } of plan.harnesses) {
        if (!options.registry.has("harness", id)) continue;
        const harness = scope.get("harness", id);
        if (harness.sampleResources)
          vramSources.push(() => harness.sampleResources!({ signal: AbortSignal.timeout(2_000), logger }));
      }
      sampler = createResourceSampler({ vramSources, intervalMs: options.resourceIntervalMs });
      sampler.start();
    }
    emit({
      type: "run:start",
      time: new Date(clock.now()).toISOString(),
      runId,
      runDir: store.dir,
      items: plan.items.length,
      pending: pending.length,
      simulated: plan.simulated,
    });
    control.onStop((reason) =>
      emit({ type: "run:interrupt", time: new Date(clock.now()).toISOString(), reason }),
    );
    if (pending.length > 0) {
      outcome = await runKernel({
        plan,
        tests: prepared.tests,
        pending,
        executor: options.executor ?? createInProcessExecutor({ scope, judge: options.judge }),
        scorerVersions: new Map(options.registry.list("scorer").map((entry) => [entry.id, entry.version])),
        artifacts: (key) => store.artifacts(key),
        onResult: (result) => {
          prepared.journal.append(result);
          executed++;
        },
        emit,
        control,
        clock,
        logger,
        concurrency: plan.config.concurrency,
        harnessLimits: harnessLimits(plan, options.registry),
        scoreConcurrency: options.scoreConcurrency,
        cache,
        sampler,
        keepResults: false,
      });
    }
  } catch (error) {
    failure = error;
  } finally {
    sampler?.stop();
    prepared.journal.close();
    await cache?.flush();
  }
  const indexing = await prepared.indexed;
  if (indexing && failure === undefined) failure = indexing.error;

  try {
    // This session's results, read back from the journal (the last line of each key wins).
    const appended = store.readJournalFrom(prepared.journalStart);
    const items = plan.items.flatMap((item) => {
      const result = appended.get(item.key) ?? prepared.earlier.get(item.key);
      return result ? [result] : [];
    });
    appended.clear();
    const complete = items.length === plan.items.length;
    const status: Run["status"] = failure
      ? "failed"
      : complete
        ? "completed"
        : control.stopped
          ? "interrupted"
          : "failed";
    const endedAt = new Date(clock.now()).toISOString();
    const alreadyDone =
      options.resume &&
      pending.length === 0 &&
      prepared.copied === 0 &&
      prepared.previousRun?.status === "completed";
    const run: Run = alreadyDone
      ? prepared.previousRun!
      : {
          schemaVersion: RUN_SCHEMA_VERSION,
          runId,
          status,
          startedAt: plan.createdAt,
          endedAt,
          durationMs: prepared.previousDurationMs + Math.max(0, clock.now() - sessionStart),
          simulated: plan.simulated,
          environment: plan.environment,
          plugins: plan.plugins,
          ...(plan.rerun ? { provenance: { kind: "rerun" as const, fromRuns: [plan.rerun.fromRun] } } : {}),
          summary: summarizeRun(items),
          items,
        };
    if (!alreadyDone) {
      await store.writeRun(run);
      await store.updateIndex({
        status: run.status,
        startedAt: run.startedAt,
        endedAt: run.endedAt,
        items: plan.items.length,
        done: items.length,
        passed: run.summary.passed,
        simulated: run.simulated,
      });
    }
    emit({
      type: "run:end",
      time: endedAt,
      runId,
      status: run.status,
      summary: run.summary,
      runDir: store.dir,
    });
    if (failure) throw failure;
    return {
      runId,
      dir: store.dir,
      status: run.status,
      run,
      plan,
      executed,
      copied: prepared.copied,
      recovered: prepared.recovered,
      dropped: prepared.dropped,
      maxInFlight: outcome?.maxInFlight ?? 0,
      maxInFlightByHarness: outcome?.maxInFlightByHarness ?? {},
    };
  } finally {
    prepared.unlock();
    if (prepared.ownScope) await scope.dispose();
  }
}
