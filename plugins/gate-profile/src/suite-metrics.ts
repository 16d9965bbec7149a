// The metrics of one candidate on one suite, computed from its items: failed and errored items count
// as failures (0 ability, their wall time kept), skipped items are not trials. Missing means unmeasured.
import {
  bootstrapMeanInterval,
  hasReplayedTiming,
  type ItemResult,
  mean,
  passedWithin,
  percentile,
  toItemCheckRate,
  toItemJudgeScore,
  wilsonInterval,
} from "@benchloop/core";
import type { ABILITY_METRICS, GateMetric } from "./policy-schema.js";

/** An estimate with its 95% (or the policy's) interval over `n` items. */
export interface MetricInterval {
  estimate: number;
  lower: number;
  upper: number;
  n: number;
}

/** What a candidate's items on one suite measure. Fields with nothing measured are left out. */
export interface SuiteMetrics {
  /** Items that ran (every status but skipped). */
  items: number;
  passed: number;
  failed: number;
  error: number;
  skipped: number;
  passAt1?: MetricInterval;
  /** Passed by the first answer or one repair round; only when every trial comes from a run made with repair. */
  passAt2?: MetricInterval;
  checkRate?: MetricInterval;
  judgeScore?: MetricInterval;
  ability?: MetricInterval;
  abilityPerVramGb?: number;
  wallP50Ms?: number;
  wallP95Ms?: number;
  wallMeanMs?: number;
  /** Items whose timings were replayed from the cache (measured when their generation was made); absent when none. */
  wallReplayedItems?: number;
  ttftP50Ms?: number;
  ttftP95Ms?: number;
  decodeTokensPerSec?: number;
  vramGb?: number;
  errorRate?: number;
  truncationRate?: number;
}

/** How intervals are drawn. */
export interface IntervalOptions {
  confidence: number;
  resamples: number;
  seed: number;
}

/** Options of {@link computeSuiteMetrics}. */
export interface SuiteMetricsOptions {
  abilityMetric: (typeof ABILITY_METRICS)[number];
  /** VRAM of the model in GiB: its peak sampled over all its items, else the policy's `modelFacts`. */
  vramGb?: number;
  intervals: IntervalOptions;
  /** True for an item of a run made with repair; pass@2 is measured when every trial is one. */
  fromRepairRun?: (item: ItemResult) => boolean;
}

const GIB = 2 ** 30;

/** A model's VRAM in GiB: the peak any of its items sampled, else `fact`; undefined when neither. */
export function toModelVramGb(items: readonly ItemResult[], fact?: number): number | undefined {
  let peak = 0;
  for (const item of items) peak = Math.max(peak, item.resources?.peakVramBytes ?? 0);
  return peak > 0 ? peak / GIB : fact;
}

/** True when the item's answer was cut off by the token limit. */
export function isItemTruncated(item: ItemResult): boolean {
  return item.generation?.doneReason === "length" || item.failure?.type === "truncated";
}

/** True when the group carries any judge verdict (so judge score is a metric of it). */
function hasJudge(trials: readonly ItemResult[]): boolean {
  return trials.some((item) => item.judge !== undefined);
}

/**
 * The per-item ability value: check rate (0 without a score), pass (1/0), or judge score (0 when the
 * item has no ok verdict: it errored before the judge, or the judge failed). Never undefined for a trial.
 */
export function toItemAbility(item: ItemResult, metric: (typeof ABILITY_METRICS)[number]): number {
  if (metric === "passAt1") return item.status === "passed" ? 1 : 0;
  if (metric === "passAt2") return passedWithin(item, 2) ? 1 : 0;
  if (metric === "judgeScore") return toItemJudgeScore(item) ?? 0;
  return toItemCheckRate(item) ?? 0;
}

function meanInterval(values: readonly number[], options: IntervalOptions): MetricInterval {
  const { mean: estimate, lower, upper, n } = bootstrapMeanInterval(values, options);
  return { estimate, lower, upper, n };
}

function passInterval(passed: number, n: number, confidence: number): MetricInterval {
  const { estimate, lower, upper } = wilsonInterval(passed, n, confidence);
  return { estimate, lower, upper, n };
}

/** Computes every metric of `items` (one candidate's items on one suite). */
export function computeSuiteMetrics(
  items: readonly ItemResult[],
  options: SuiteMetricsOptions,
): SuiteMetrics {
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
  for (const item of items) counts[item.status]++;
  const trials = items.filter((item) => item.status !== "skipped");
  const metrics: SuiteMetrics = { items: trials.length, ...counts };
  const vramGb = options.vramGb;
  if (trials.length === 0) {
    if (vramGb !== undefined) metrics.vramGb = vramGb;
    return metrics;
  }
  const { intervals } = options;
  metrics.passAt1 = passInterval(counts.passed, trials.length, intervals.confidence);
  const fromRepairRun = options.fromRepairRun;
  if (fromRepairRun && trials.every((item) => fromRepairRun(item))) {
    const passedBy2 = trials.filter((item) => passedWithin(item, 2)).length;
    metrics.passAt2 = passInterval(passedBy2, trials.length, intervals.confidence);
  }
  metrics.checkRate = meanInterval(
    trials.map((item) => toItemCheckRate(item) ?? 0),
    intervals,
  );
  if (hasJudge(trials)) {
    metrics.judgeScore = meanInterval(
      trials.map((item) => toItemJudgeScore(item) ?? 0),
      intervals,
    );
  }
  if (options.abilityMetric === "passAt1") metrics.ability = metrics.passAt1;
  else if (options.abilityMetric === "passAt2") metrics.ability = metrics.passAt2;
  else if (options.abilityMetric === "checkRate") metrics.ability = metrics.checkRate;
  else if (metrics.judgeScore) metrics.ability = metrics.judgeScore;

  const wall = trials.map((item) => item.metrics.wallMs);
  metrics.wallP50Ms = percentile(wall, 50);
  metrics.wallP95Ms = percentile(wall, 95);
  metrics.wallMeanMs = mean(wall);
  // A cache hit carries the timings of the generation it replays, so the latency above is the model's;
  // how many items it rests on that way is said alongside.
  const replayed = trials.filter(hasReplayedTiming).length;
  if (replayed > 0) metrics.wallReplayedItems = replayed;
  const ttft = trials.flatMap((item) => (item.metrics.ttftMs === undefined ? [] : [item.metrics.ttftMs]));
  if (ttft.length > 0) {
    metrics.ttftP50Ms = percentile(ttft, 50);
    metrics.ttftP95Ms = percentile(ttft, 95);
  }
  const decode = trials.flatMap((item) =>
    item.metrics.decodeTokensPerSec === undefined ? [] : [item.metrics.decodeTokensPerSec],
  );
  if (decode.length > 0) metrics.decodeTokensPerSec = percentile(decode, 50);
  if (vramGb !== undefined) {
    metrics.vramGb = vramGb;
    if (metrics.ability) metrics.abilityPerVramGb = metrics.ability.estimate / vramGb;
  }
  metrics.errorRate = counts.error / trials.length;
  metrics.truncationRate = trials.filter(isItemTruncated).length / trials.length;
  return metrics;
}

/** A metric's value for a threshold: the estimate or a bound of its interval; undefined when unmeasured. */
export function readMetric(
  metrics: SuiteMetrics,
  metric: GateMetric,
  bound: "estimate" | "lower" | "upper" = "estimate",
): number | undefined {
  const value = metrics[metric];
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  return value[bound];
}
