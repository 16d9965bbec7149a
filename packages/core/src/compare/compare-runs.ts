// Compares run B with run A item by item: matches keys, sets aside items that cannot be compared, and
// per group reports pass@1, check rate, judge score, latency and speed with a verdict that says whether
// B is better, worse or within the noise of repeating the run. Pure and deterministic.

import type { Config } from "../config/config-schema.js";
import { argumentInvalid } from "../errors/catalog.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { pairedDetectableDifference } from "../stats/detectable-difference.js";
import { mcnemarExact } from "../stats/mcnemar.js";
import { median } from "../stats/percentile.js";
import { wilsonInterval } from "../stats/wilson.js";
import { type ItemFilter, toItemPredicate } from "../summary/item-filter.js";
import {
  hasReplayedTiming,
  isItemPassed,
  isItemTrial,
  toItemCheckRate,
  toItemJudgeScore,
} from "../summary/item-outcome.js";
import { runUsedRepair } from "../summary/repair-outcome.js";
import { findIncomparability, type SamplingLookup } from "./comparability.js";
import {
  COMPARE_DIMENSIONS,
  COMPARISON_SCHEMA_VERSION,
  type CompareDimension,
  type GroupComparison,
  type IncomparableItem,
  type ItemChange,
  type RunComparison,
  SEPARABLE_DIFFERENCE,
} from "./comparison.js";
import { pairedDeltaInterval } from "./paired-interval.js";
import { compareRepair, type RepairColumns, toRepairColumns } from "./repair-comparison.js";
import { signFlipTest } from "./sign-flip-test.js";

/** One run to compare, with the parts of its plan that matter (sampling options), when known. */
export interface CompareSide {
  run: Run;
  plan?: { config: Pick<Config, "sampling" | "modelOverrides"> };
}

/** Options of {@link compareRuns}. */
export interface CompareRunsOptions {
  /** Dimensions to group by, in order (default ["model"]; [] for the overall figures only). */
  groupBy?: readonly CompareDimension[];
  /** Items to keep, in both runs. */
  filter?: ItemFilter;
  /** Keep incomparable pairs in the statistics (they are listed either way). */
  allowIncomparable?: boolean;
  /** Family-wise significance level of the verdicts (default 0.05). */
  alpha?: number;
  /** Confidence of displayed intervals (default 0.95). */
  confidence?: number;
  /** Bootstrap seed (default 0) and resamples (default 2000). */
  seed?: number;
  resamples?: number;
  /** Length of the top regression and improvement lists (default 10). */
  top?: number;
}

interface Pair {
  key: string;
  a: ItemResult;
  b: ItemResult;
}

function samplingLookup(side: CompareSide): SamplingLookup | undefined {
  const config = side.plan?.config;
  if (!config) return undefined;
  return (model) => {
    const override = config.modelOverrides?.[model]?.sampling;
    return override ? { ...config.sampling, ...override } : config.sampling;
  };
}

function byKey(items: readonly ItemResult[], keep: (item: ItemResult) => boolean): Map<string, ItemResult> {
  const map = new Map<string, ItemResult>();
  for (const item of items) if (keep(item)) map.set(item.key, item);
  return map;
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function medianOrNull(values: ArrayLike<number>): number | null {
  return values.length > 0 ? median(values) : null;
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i]!;
  return total;
}

function meanOrNull(values: ArrayLike<number>): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

interface Levels {
  confidence: number;
  testAlpha: number;
  seed: number;
  resamples: number;
}

/**
 * The figures of every pair, read from the items once, in pair order: statistics then run over these
 * arrays rather than over 100,000 scattered item objects per statistic. NaN marks an absent value.
 */
interface PairColumns {
  passA: Float64Array;
  passB: Float64Array;
  rateA: Float64Array;
  rateB: Float64Array;
  judgeA: Float64Array;
  judgeB: Float64Array;
  wallA: Float64Array;
  wallB: Float64Array;
  speedA: Float64Array;
  speedB: Float64Array;
  /** 1 when the item's timings were replayed from the cache. */
  replayedA: Float64Array;
  replayedB: Float64Array;
}

function toPairColumns(pairs: readonly Pair[]): PairColumns {
  const n = pairs.length;
  const columns: PairColumns = {
    passA: new Float64Array(n),
    passB: new Float64Array(n),
    rateA: new Float64Array(n),
    rateB: new Float64Array(n),
    judgeA: new Float64Array(n),
    judgeB: new Float64Array(n),
    wallA: new Float64Array(n),
    wallB: new Float64Array(n),
    speedA: new Float64Array(n),
    speedB: new Float64Array(n),
    replayedA: new Float64Array(n),
    replayedB: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const { a, b } = pairs[i]!;
    columns.passA[i] = isItemPassed(a) ? 1 : 0;
    columns.passB[i] = isItemPassed(b) ? 1 : 0;
    columns.rateA[i] = toItemCheckRate(a) ?? 0;
    columns.rateB[i] = toItemCheckRate(b) ?? 0;
    columns.judgeA[i] = toItemJudgeScore(a) ?? Number.NaN;
    columns.judgeB[i] = toItemJudgeScore(b) ?? Number.NaN;
    columns.wallA[i] = a.metrics.wallMs;
    columns.wallB[i] = b.metrics.wallMs;
    columns.speedA[i] = a.metrics.decodeTokensPerSec ?? Number.NaN;
    columns.speedB[i] = b.metrics.decodeTokensPerSec ?? Number.NaN;
    columns.replayedA[i] = hasReplayedTiming(a) ? 1 : 0;
    columns.replayedB[i] = hasReplayedTiming(b) ? 1 : 0;
  }
  return columns;
}

/** The values of `column` at `indices` (all of it when undefined), leaving out NaN when `present`. */
function pick(column: Float64Array, indices: Int32Array | undefined, present?: (i: number) => boolean) {
  if (!indices && !present) return column;
  const count = indices ? indices.length : column.length;
  const values = new Float64Array(count);
  let kept = 0;
  for (let j = 0; j < count; j++) {
    const i = indices ? indices[j]! : j;
    if (!present || present(i)) values[kept++] = column[i]!;
  }
  return kept === count ? values : values.subarray(0, kept);
}

/**
 * The smallest pass@1 difference `n` pairs detect with 80 % power at the test level, at the share of
 * items that flipped (taken as at least one item, so identical runs still report what n can see), and
 * whether the items are enough to call a "within noise" group alike.
 */
function detectableOf(
  n: number,
  flips: number,
  testAlpha: number,
  verdict: GroupComparison["verdict"],
): GroupComparison["detectable"] {
  const discordance = n === 0 ? 1 : Math.min(Math.max(flips, 1) / n, 0.999);
  const difference =
    n === 0 ? null : pairedDetectableDifference(n, { discordance, alpha: testAlpha, power: 0.8 });
  // Two runs cannot differ by more than the share of items that flipped: when even its upper bound is
  // small, the runs are alike whatever the test's power.
  const flipsAtMost = n === 0 ? 1 : wilsonInterval(flips, n, 0.95).upper;
  const enoughItems =
    verdict !== "within noise" ||
    (difference !== null && difference <= SEPARABLE_DIFFERENCE) ||
    flipsAtMost <= SEPARABLE_DIFFERENCE;
  return { difference, discordance, enoughItems };
}

function compareGroup(
  columns: PairColumns,
  indices: Int32Array | undefined,
  group: GroupComparison["group"],
  label: string,
  levels: Levels,
  repairColumns?: RepairColumns,
): GroupComparison {
  const passA = pick(columns.passA, indices);
  const passB = pick(columns.passB, indices);
  const rateA = pick(columns.rateA, indices);
  const rateB = pick(columns.rateB, indices);
  const judged = (i: number) => !Number.isNaN(columns.judgeA[i]!) && !Number.isNaN(columns.judgeB[i]!);
  const judgeA = pick(columns.judgeA, indices, judged);
  const judgeB = pick(columns.judgeB, indices, judged);
  const wallA = pick(columns.wallA, indices);
  const wallB = pick(columns.wallB, indices);
  const speedA = pick(columns.speedA, indices, (i) => !Number.isNaN(columns.speedA[i]!));
  const speedB = pick(columns.speedB, indices, (i) => !Number.isNaN(columns.speedB[i]!));
  const n = passA.length;
  let passedA = 0;
  let passedB = 0;
  let passToFail = 0;
  let failToPass = 0;
  for (let i = 0; i < n; i++) {
    const pa = passA[i] === 1;
    const pb = passB[i] === 1;
    if (pa) passedA++;
    if (pb) passedB++;
    if (pa && !pb) passToFail++;
    else if (!pa && pb) failToPass++;
  }
  const display = { confidence: levels.confidence, seed: levels.seed, resamples: levels.resamples };
  const pValue = mcnemarExact(passToFail, failToPass);
  const checkDelta = pairedDeltaInterval(rateA, rateB, display);

  const checkPValue = signFlipTest(rateA, rateB, { seed: levels.seed });
  let verdict: GroupComparison["verdict"] = "within noise";
  let verdictBasis: GroupComparison["verdictBasis"] = "none";
  if (pValue < levels.testAlpha && passToFail !== failToPass) {
    verdict = failToPass > passToFail ? "improved" : "regressed";
    verdictBasis = "pass flips";
  } else if (checkPValue < levels.testAlpha && checkDelta.delta !== 0) {
    verdict = checkDelta.delta > 0 ? "improved" : "regressed";
    verdictBasis = "check rate";
  }

  const comparison: GroupComparison = {
    group,
    label,
    n,
    detectable: detectableOf(n, passToFail + failToPass, levels.testAlpha, verdict),
    passAt1: {
      a: wilsonInterval(passedA, n, levels.confidence),
      b: wilsonInterval(passedB, n, levels.confidence),
      delta: pairedDeltaInterval(passA, passB, display),
    },
    flips: { passToFail, failToPass, pValue },
    checkRate: { a: meanOrNull(rateA), b: meanOrNull(rateB), delta: checkDelta, pValue: checkPValue },
    medianWallMs: { a: medianOrNull(wallA), b: medianOrNull(wallB) },
    replayedTimings: {
      a: sum(pick(columns.replayedA, indices)),
      b: sum(pick(columns.replayedB, indices)),
    },
    medianTokensPerSec: { a: medianOrNull(speedA), b: medianOrNull(speedB) },
    verdict,
    verdictBasis,
  };
  if (judgeA.length > 0) {
    comparison.judge = {
      a: meanOrNull(judgeA),
      b: meanOrNull(judgeB),
      n: judgeA.length,
      delta: pairedDeltaInterval(judgeA, judgeB, display),
    };
  }
  if (repairColumns)
    comparison.repair = compareRepair(repairColumns, indices, { testAlpha: levels.testAlpha, display });
  return comparison;
}

/** True when the group or its repair figures regressed. */
function groupRegressed(group: GroupComparison): boolean {
  return (
    group.verdict === "regressed" ||
    group.repair?.passAt2Flips.verdict === "regressed" ||
    group.repair?.rate.verdict === "regressed"
  );
}

function toChange(
  pair: Pair,
  columns: PairColumns,
  i: number,
  repair: RepairColumns | undefined,
): ItemChange | undefined {
  const pa = columns.passA[i] === 1;
  const pb = columns.passB[i] === 1;
  const ra = columns.rateA[i]!;
  const rb = columns.rateB[i]!;
  if (pa === pb && repair && repair.pass2A[i] !== repair.pass2B[i]) {
    const side = (item: ItemResult, rate: number) => ({
      status: item.status,
      checkRate: rate,
      ...(item.passedAtAttempt === undefined ? {} : { passedAtAttempt: item.passedAtAttempt }),
    });
    return { key: pair.key, kind: "repair flip", a: side(pair.a, ra), b: side(pair.b, rb), delta: rb - ra };
  }
  if (pa === pb && ra === rb) return undefined;
  return {
    key: pair.key,
    kind: pa !== pb ? "pass flip" : "score",
    a: { status: pair.a.status, checkRate: ra },
    b: { status: pair.b.status, checkRate: rb },
    delta: rb - ra,
  };
}

/** Sort rank of a change's kind: pass flips first, then repair flips, then check-rate changes. */
const KIND_ORDER: Record<ItemChange["kind"], number> = { "pass flip": 0, "repair flip": 1, score: 2 };

function rankChanges(changes: ItemChange[], direction: 1 | -1, top: number): ItemChange[] {
  // Pass flips first, then repair flips, then the largest check-rate change, then the key (stable order).
  return changes
    .filter((c) =>
      c.kind === "pass flip"
        ? (c.b.status === "passed" ? 1 : -1) === direction
        : c.kind === "repair flip"
          ? ((c.b.passedAtAttempt ?? 3) <= 2 ? 1 : -1) === direction
          : Math.sign(c.delta) === direction,
    )
    .sort((x, y) => {
      if (x.kind !== y.kind) return KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
      const byDelta = direction * (y.delta - x.delta);
      return byDelta !== 0 ? byDelta : compareStrings(x.key, y.key);
    })
    .slice(0, top);
}

/**
 * Compares run B (`b`) with run A (`a`).
 *
 * Items are matched by key; keys in one run only are listed, as are matched items skipped in either
 * run. A matched pair whose test version, prompt, model digest or sampling differ is incomparable: it
 * is listed with its reasons and kept out of the statistics unless `allowIncomparable` is set.
 *
 * Each group (and the overall set) gets a verdict from two paired tests — McNemar's exact test on the
 * items whose pass/fail flipped, then a sign-flip randomisation test on the check-rate differences —
 * Bonferroni-corrected over every test made (two more per group when both runs used repair: McNemar on
 * the pass@2 flips and on the repair outcomes of the items that failed first in both), so that the chance of any verdict other than "within
 * noise" between runs that differ only by noise is at most `alpha`. Deltas are shown with paired
 * bootstrap intervals at `confidence`.
 * @throws ARGUMENT_INVALID for an unknown group-by dimension or an alpha outside (0, 1)
 */
export function compareRuns(a: CompareSide, b: CompareSide, options: CompareRunsOptions = {}): RunComparison {
  const groupBy = [...(options.groupBy ?? ["model"])];
  for (const dimension of groupBy) {
    if (!(COMPARE_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw argumentInvalid(
        `--group-by ${dimension}`,
        "is not a dimension runs can be grouped by",
        `Use any of: ${COMPARE_DIMENSIONS.join(", ")}.`,
      );
    }
  }
  const alpha = options.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1))
    throw argumentInvalid(`--alpha ${alpha}`, "must be between 0 and 1", "0.05 is usual.");
  const filter = options.filter ?? {};
  const keep = toItemPredicate(filter);
  const itemsA = byKey(a.run.items, keep);
  const itemsB = byKey(b.run.items, keep);

  const onlyInA: string[] = [];
  const onlyInB: string[] = [];
  const skipped: string[] = [];
  const incomparable: IncomparableItem[] = [];
  const pairs: Pair[] = [];
  const sampling = { a: samplingLookup(a), b: samplingLookup(b) };
  // Keys in code-unit order (the default sort compares strings natively, as compareStrings does), so
  // pairs come out sorted.
  for (const [key, itemA] of itemsA) {
    const itemB = itemsB.get(key);
    if (!itemB) {
      onlyInA.push(key);
      continue;
    }
    if (!isItemTrial(itemA) || !isItemTrial(itemB)) {
      skipped.push(key);
      continue;
    }
    const reasons = findIncomparability(itemA, itemB, sampling);
    if (reasons.length > 0) {
      incomparable.push({ key, reasons, included: options.allowIncomparable === true });
      if (!options.allowIncomparable) continue;
    }
    pairs.push({ key, a: itemA, b: itemB });
  }
  for (const key of itemsB.keys()) if (!itemsA.has(key)) onlyInB.push(key);
  pairs.sort((x, y) => compareStrings(x.key, y.key));

  const columns = toPairColumns(pairs);
  const repairColumns = runUsedRepair(a.run) && runUsedRepair(b.run) ? toRepairColumns(pairs) : undefined;
  const groups = new Map<string, { group: GroupComparison["group"]; indices: number[] }>();
  if (groupBy.length > 0) {
    for (let i = 0; i < pairs.length; i++) {
      const item = pairs[i]!.a;
      let label = String(item[groupBy[0]!]);
      for (let d = 1; d < groupBy.length; d++) label += ` · ${String(item[groupBy[d]!])}`;
      let entry = groups.get(label);
      if (!entry) {
        const group = Object.fromEntries(groupBy.map((dimension) => [dimension, String(item[dimension])]));
        entry = { group, indices: [] };
        groups.set(label, entry);
      }
      entry.indices.push(i);
    }
  }
  // Two tests (pass flips, check rate) for the overall set and for each group; two more (pass@2 flips,
  // repair outcomes) when both runs used repair.
  const testAlpha = alpha / ((repairColumns ? 4 : 2) * (1 + groups.size));
  const levels: Levels = {
    confidence: options.confidence ?? 0.95,
    testAlpha,
    seed: options.seed ?? 0,
    resamples: options.resamples ?? 2000,
  };
  const overall = compareGroup(columns, undefined, {}, "all", levels, repairColumns);
  const groupComparisons = [...groups.keys()].sort(compareStrings).map((label) => {
    const { group, indices } = groups.get(label)!;
    return compareGroup(columns, Int32Array.from(indices), group, label, levels, repairColumns);
  });

  const changes: ItemChange[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const change = toChange(pairs[i]!, columns, i, repairColumns);
    if (change) changes.push(change);
  }
  const top = options.top ?? 10;
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    a: { runId: a.run.runId, startedAt: a.run.startedAt, items: itemsA.size, simulated: a.run.simulated },
    b: { runId: b.run.runId, startedAt: b.run.startedAt, items: itemsB.size, simulated: b.run.simulated },
    groupBy,
    filter,
    alpha,
    testAlpha,
    matched: itemsA.size - onlyInA.length,
    compared: pairs.length,
    onlyInA: onlyInA.sort(compareStrings),
    onlyInB: onlyInB.sort(compareStrings),
    skipped: skipped.sort(compareStrings),
    incomparable: incomparable.sort((x, y) => compareStrings(x.key, y.key)),
    overall,
    groups: groupComparisons,
    topRegressions: rankChanges(changes, -1, top),
    topImprovements: rankChanges(changes, 1, top),
    regressed: groupRegressed(overall) || groupComparisons.some(groupRegressed),
    warnings: simulationWarnings(a.run, b.run),
  };
}

/** A warning when one run is simulated and the other real: their differences are not the models'. */
function simulationWarnings(a: Run, b: Run): string[] {
  if (a.simulated === b.simulated) return [];
  const [simulated, real] = a.simulated
    ? ([
        ["A", a],
        ["B", b],
      ] as const)
    : ([
        ["B", b],
        ["A", a],
      ] as const);
  return [
    `run ${simulated[0]} ${simulated[1].runId} is SIMULATED (answered by ollama-sim) and run ${real[0]} ${real[1].runId} is real: the differences compare the simulator with real models and say nothing about either model's change`,
  ];
}
