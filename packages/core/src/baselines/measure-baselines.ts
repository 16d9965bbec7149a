// Scores the built-in baselines (answerers that call no model) over a set of tests and reports each
// one's pass rate per suite: how much of a suite can be passed without understanding anything.
import type { PassType } from "../config/config-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Score } from "../score/score.js";
import { BASELINE_ANSWERERS, type BaselineAnswerer } from "./baseline-answerers.js";

/** Scores one answer to one test the way a run would (the test's own scorer). */
export type ScoreAnswer = (input: {
  test: BenchTest;
  passType: PassType;
  text: string;
  signal: AbortSignal;
}) => Promise<Score>;

/** One baseline's outcome on one suite. */
export interface BaselineRate {
  baseline: string;
  passed: number;
  total: number;
  /** passed / total (0 when total is 0). */
  rate: number;
  /** Answers the scorer could not score (it threw); counted as not passed. */
  errors: number;
  /** Test ids (with pass type) the baseline passed, so a pack author sees what is gameable. */
  passedItems: string[];
}

/** Every baseline's outcome on one suite. */
export interface SuiteBaselines {
  suite: string;
  tests: number;
  rates: BaselineRate[];
  /** The highest baseline pass rate of the suite. */
  worst: number;
}

/** Options of {@link measureBaselines}. */
export interface MeasureBaselinesOptions {
  tests: readonly BenchTest[];
  score: ScoreAnswer;
  /** Pass types answered (default both). */
  passTypes?: readonly PassType[];
  /** Answerers (default {@link BASELINE_ANSWERERS}). */
  answerers?: readonly BaselineAnswerer[];
  /** Answers scored at once (default 2). */
  concurrency?: number;
  signal?: AbortSignal;
}

async function forEachLimited<T>(values: readonly T[], limit: number, work: (value: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < values.length) {
      const value = values[next++] as T;
      await work(value);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, values.length)) }, worker));
}

/**
 * Answers every test with every baseline (both pass types by default), scores each answer with the
 * test's own scorer and returns the pass rate of each baseline per suite, suites sorted by name.
 * @throws only when `signal` aborts
 */
export async function measureBaselines(options: MeasureBaselinesOptions): Promise<SuiteBaselines[]> {
  const passTypes = options.passTypes ?? (["blind", "informed"] as const);
  const answerers = options.answerers ?? BASELINE_ANSWERERS;
  const signal = options.signal ?? new AbortController().signal;
  const bySuite = new Map<string, Map<string, BaselineRate>>();
  const testsBySuite = new Map<string, number>();
  const jobs: { test: BenchTest; passType: PassType; answerer: BaselineAnswerer }[] = [];
  for (const test of options.tests) {
    testsBySuite.set(test.suite, (testsBySuite.get(test.suite) ?? 0) + 1);
    const rates = bySuite.get(test.suite) ?? new Map<string, BaselineRate>();
    bySuite.set(test.suite, rates);
    for (const answerer of answerers) {
      if (!rates.has(answerer.id))
        rates.set(answerer.id, {
          baseline: answerer.id,
          passed: 0,
          total: 0,
          rate: 0,
          errors: 0,
          passedItems: [],
        });
      for (const passType of passTypes) jobs.push({ test, passType, answerer });
    }
  }
  await forEachLimited(jobs, options.concurrency ?? 2, async ({ test, passType, answerer }) => {
    signal.throwIfAborted();
    const rate = bySuite.get(test.suite)?.get(answerer.id) as BaselineRate;
    rate.total++;
    try {
      const score = await options.score({ test, passType, text: answerer.answer(test, passType), signal });
      if (score.passed) {
        rate.passed++;
        rate.passedItems.push(`${test.id} (${passType})`);
      }
    } catch {
      // A scorer that throws on a baseline answer counts it as not passed, and the report says so.
      signal.throwIfAborted();
      rate.errors++;
    }
  });
  return [...bySuite.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([suite, rates]) => {
      const list = [...rates.values()].map((r) => ({
        ...r,
        rate: r.total > 0 ? r.passed / r.total : 0,
        passedItems: r.passedItems.sort(),
      }));
      return {
        suite,
        tests: testsBySuite.get(suite) ?? 0,
        rates: list,
        worst: Math.max(0, ...list.map((r) => r.rate)),
      };
    });
}
