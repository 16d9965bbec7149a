// `benchloop rescore`: scores the answers of a stored run again with the scorers installed now (a spec
// fixed, a test strengthened) into a new run that says where its answers came from. No model is called:
// items without an answer, or whose test or scorer is not installed, are copied as they were.
import type { PassType } from "../config/config-schema.js";
import { assembleDerivedRun } from "../derived-runs/derived-run.js";
import { runStage } from "../kernel/stage-runner.js";
import { hashCanonical, sha256 } from "../plan/canonical-json.js";
import type { Plan, PluginRecord } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Scorer } from "../plugin/contracts.js";
import { type Clock, type Logger, SILENT_LOGGER, SYSTEM_CLOCK } from "../plugin/services.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import type { RunStore } from "../store/run-store.js";
import { type ItemFilter, toItemPredicate } from "../summary/item-filter.js";
import { toImportedPlan } from "./imported-plan.js";

/** The scorers a rescore may use, by id. */
export interface RescoreScorers {
  /** The scorer instance, or undefined when no scorer of that id is installed. */
  get(id: string): Scorer | undefined;
  /** The scorer's version (part of the score and of the item hash). */
  version(id: string): string;
}

/** Options of {@link rescoreRun}. */
export interface RescoreRunOptions {
  /** The run whose answers are scored again, and its plan when there is one. */
  source: { run: Run; plan?: Plan };
  /** The new run's store: its id names the run, its artifact writers receive scorer artifacts. */
  store: RunStore;
  /** Installed tests by id (from the test sources). */
  tests: ReadonlyMap<string, BenchTest>;
  scorers: RescoreScorers;
  /** Deadline of one scoring (the config's `timeouts.scoreMs`). */
  scoreTimeoutMs: number;
  /** Items scored at once (default 2). */
  concurrency?: number;
  /** Only items this filter selects are scored again; the others are copied. */
  filter?: ItemFilter;
  /** The plugins loaded now, recorded in the new run and plan. */
  plugins: PluginRecord[];
  /** Version of @benchloop/core, for a plan rebuilt when the source has none. */
  benchloopVersion: string;
  signal?: AbortSignal;
  logger?: Logger;
  clock?: Clock;
}

/** Why an item was copied instead of scored again. */
export type RescoreSkipReason = "no answer" | "test not installed" | "scorer not installed" | "filtered out";

/** What a rescore made. */
export interface RescoredRun {
  run: Run;
  plan: Plan;
  /** Items scored again. */
  rescored: number;
  /** Items copied, by reason, with the test ids or scorer ids that were missing. */
  copied: Record<RescoreSkipReason, number>;
  missingTests: string[];
  missingScorers: string[];
}

function withProvenance(item: ItemResult, fromRun: string): ItemResult {
  return { ...item, provenance: { kind: "rescore", fromRun, itemKey: item.key } };
}

async function mapWithConcurrency<T, R>(
  values: readonly T[],
  limit: number,
  work: (value: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(values.length);
  let next = 0;
  const worker = async () => {
    while (next < values.length) {
      const index = next++;
      results[index] = await work(values[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, values.length)) }, worker));
  return results;
}

/**
 * Scores the source run's answers again and returns the new run (in the source's item order) and its
 * plan; the caller writes them (`writeRunFolder`). Scorer failures become `error` items at the score
 * stage, as in a run; the judge verdicts and every generation fact are kept unchanged.
 * @throws only when `signal` aborts
 */
export async function rescoreRun(options: RescoreRunOptions): Promise<RescoredRun> {
  const { source, store, tests, scorers } = options;
  const clock = options.clock ?? SYSTEM_CLOCK;
  const logger = options.logger ?? SILENT_LOGGER;
  const signal = options.signal ?? new AbortController().signal;
  const selected = toItemPredicate(options.filter ?? {});
  const fromRun = source.run.runId;
  const copied: Record<RescoreSkipReason, number> = {
    "no answer": 0,
    "test not installed": 0,
    "scorer not installed": 0,
    "filtered out": 0,
  };
  const missingTests = new Set<string>();
  const missingScorers = new Set<string>();
  const usedTests = new Map<string, BenchTest>();
  let rescored = 0;
  const began = clock.now();

  const rescoreItem = async (item: ItemResult): Promise<ItemResult> => {
    const copy = (reason: RescoreSkipReason) => {
      copied[reason]++;
      return withProvenance(item, fromRun);
    };
    if (!selected(item)) return copy("filtered out");
    if (!item.generation) return copy("no answer");
    const test = tests.get(item.test);
    if (!test) {
      missingTests.add(item.test);
      return copy("test not installed");
    }
    const scorer = scorers.get(test.scorer);
    if (!scorer) {
      missingScorers.add(test.scorer);
      return copy("scorer not installed");
    }
    signal.throwIfAborted();
    usedTests.set(test.id, test);
    const generation = item.generation;
    const outcome = await runStage("score", options.scoreTimeoutMs, signal, (stageSignal) =>
      scorer.score(
        { test, passType: item.passType as PassType, generation },
        {
          signal: stageSignal,
          logger,
          itemKey: item.key,
          artifacts: store.artifacts(item.key),
          timeoutMs: options.scoreTimeoutMs,
        },
      ),
    );
    if (!outcome.ok && outcome.runAborted) signal.throwIfAborted();
    rescored++;
    const scorerVersion = scorers.version(test.scorer);
    const { score: _score, failure: _failure, provenance: _provenance, status: _status, ...kept } = item;
    const next: ItemResult = {
      ...kept,
      hash: hashCanonical({
        answer: sha256(generation.text),
        test: test.id,
        version: test.version,
        contentHash: test.contentHash,
        scorer: test.scorer,
        scorerVersion,
      }),
      testVersion: test.version,
      suite: test.suite,
      ...(test.smoke ? { smoke: true as const } : {}),
      status: outcome.ok ? (outcome.value.passed ? "passed" : "failed") : "error",
      cache: "off",
      provenance: { kind: "rescore", fromRun, itemKey: item.key },
    };
    if (outcome.ok) next.score = outcome.value;
    else next.failure = outcome.failure;
    return next;
  };

  const items = await mapWithConcurrency(source.run.items, options.concurrency ?? 2, rescoreItem);
  const { run, plan } = assembleDerivedRun({
    derived: { kind: "rescore", fromRuns: [fromRun] },
    runId: store.runId,
    source: source.run,
    plan:
      source.plan ??
      toImportedPlan(source.run, { tool: "benchloop", benchloopVersion: options.benchloopVersion }),
    items,
    plugins: options.plugins,
    startedAt: began,
    endedAt: clock.now(),
  });
  return {
    run,
    plan: { ...plan, ...toRescoredPlanChanges(plan, items, usedTests) },
    rescored,
    copied,
    missingTests: [...missingTests].sort(),
    missingScorers: [...missingScorers].sort(),
  };
}

function toPlannedTest(test: BenchTest): Plan["tests"][number] {
  const { id, version, source, suite, contentHash, scorer } = test;
  return { id, version, source, suite, contentHash, scorer };
}

/** The plan's tests (those scored again at their installed version) and items (their new hashes). */
function toRescoredPlanChanges(
  base: Plan,
  items: readonly ItemResult[],
  used: ReadonlyMap<string, BenchTest>,
): Pick<Plan, "tests" | "items"> {
  const tests = base.tests.map((planned) => {
    const test = used.get(planned.id);
    return test ? toPlannedTest(test) : planned;
  });
  for (const test of used.values()) if (!tests.some((t) => t.id === test.id)) tests.push(toPlannedTest(test));
  return {
    tests,
    items: items.map(({ key, hash, model, harness, test, passType, repeat }) => ({
      key,
      hash,
      model,
      harness,
      test,
      passType,
      repeat,
    })),
  };
}
