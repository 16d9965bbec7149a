// Compares run B with run A item by item: matches keys, sets aside items that cannot be compared, and
// per group reports pass@1, check rate, judge score, latency and speed with a verdict that says whether
// B is better, worse or within the noise of repeating the run. Pure and deterministic.

import type { Config } from "../config/config-schema.js";
import { argumentInvalid } from "../errors/catalog.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { countPassFlips, mcnemarExact } from "../stats/mcnemar.js";
import { median } from "../stats/percentile.js";
import { wilsonInterval } from "../stats/wilson.js";
import { type ItemFilter, toItemPredicate } from "../summary/item-filter.js";
import { isItemPassed, isItemTrial, toItemCheckRate, toItemJudgeScore } from "../summary/item-outcome.js";
import { findIncomparability, type SamplingLookup } from "./comparability.js";
import {
  COMPARE_DIMENSIONS,
  COMPARISON_SCHEMA_VERSION,
  type CompareDimension,
  type GroupComparison,
  type IncomparableItem,
  type ItemChange,
  type RunComparison,
} from "./comparison.js";
import { pairedDeltaInterval } from "./paired-interval.js";
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

function medianOrNull(values: number[]): number | null {
  return values.length > 0 ? median(values) : null;
}

function meanOrNull(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

interface Levels {
  confidence: number;
  testAlpha: number;
  seed: number;
  resamples: number;
}

function compareGroup(
  pairs: readonly Pair[],
  group: GroupComparison["group"],
  label: string,
  levels: Levels,
): GroupComparison {
  const passA: boolean[] = [];
  const passB: boolean[] = [];
  const passNumA: number[] = [];
  const passNumB: number[] = [];
  const rateA: number[] = [];
  const rateB: number[] = [];
  const judgeA: number[] = [];
  const judgeB: number[] = [];
  const wallA: number[] = [];
  const wallB: number[] = [];
  const speedA: number[] = [];
  const speedB: number[] = [];
  for (const { a, b } of pairs) {
    const pa = isItemPassed(a);
    const pb = isItemPassed(b);
    passA.push(pa);
    passB.push(pb);
    passNumA.push(pa ? 1 : 0);
    passNumB.push(pb ? 1 : 0);
    rateA.push(toItemCheckRate(a) ?? 0);
    rateB.push(toItemCheckRate(b) ?? 0);
    const ja = toItemJudgeScore(a);
    const jb = toItemJudgeScore(b);
    if (ja !== undefined && jb !== undefined) {
      judgeA.push(ja);
      judgeB.push(jb);
    }
    wallA.push(a.metrics.wallMs);
    wallB.push(b.metrics.wallMs);
    if (a.metrics.decodeTokensPerSec !== undefined) speedA.push(a.metrics.decodeTokensPerSec);
    if (b.metrics.decodeTokensPerSec !== undefined) speedB.push(b.metrics.decodeTokensPerSec);
  }
  const display = { confidence: levels.confidence, seed: levels.seed, resamples: levels.resamples };
  const flips = countPassFlips(passA, passB);
  const pValue = mcnemarExact(flips.passToFail, flips.failToPass);
  const checkDelta = pairedDeltaInterval(rateA, rateB, display);

  const checkPValue = signFlipTest(rateA, rateB, { seed: levels.seed });
  let verdict: GroupComparison["verdict"] = "within noise";
  let verdictBasis: GroupComparison["verdictBasis"] = "none";
  if (pValue < levels.testAlpha && flips.passToFail !== flips.failToPass) {
    verdict = flips.failToPass > flips.passToFail ? "improved" : "regressed";
    verdictBasis = "pass flips";
  } else if (checkPValue < levels.testAlpha && checkDelta.delta !== 0) {
    verdict = checkDelta.delta > 0 ? "improved" : "regressed";
    verdictBasis = "check rate";
  }

  const passedA = passNumA.reduce((s, v) => s + v, 0);
  const passedB = passNumB.reduce((s, v) => s + v, 0);
  const comparison: GroupComparison = {
    group,
    label,
    n: pairs.length,
    passAt1: {
      a: wilsonInterval(passedA, pairs.length, levels.confidence),
      b: wilsonInterval(passedB, pairs.length, levels.confidence),
      delta: pairedDeltaInterval(passNumA, passNumB, display),
    },
    flips: { passToFail: flips.passToFail, failToPass: flips.failToPass, pValue },
    checkRate: { a: meanOrNull(rateA), b: meanOrNull(rateB), delta: checkDelta, pValue: checkPValue },
    medianWallMs: { a: medianOrNull(wallA), b: medianOrNull(wallB) },
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
  return comparison;
}

function toChange(pair: Pair): ItemChange | undefined {
  const pa = isItemPassed(pair.a);
  const pb = isItemPassed(pair.b);
  const ra = toItemCheckRate(pair.a) ?? 0;
  const rb = toItemCheckRate(pair.b) ?? 0;
  if (pa === pb && ra === rb) return undefined;
  return {
    key: pair.key,
    kind: pa !== pb ? "pass flip" : "score",
    a: { status: pair.a.status, checkRate: ra },
    b: { status: pair.b.status, checkRate: rb },
    delta: rb - ra,
  };
}

function rankChanges(changes: ItemChange[], direction: 1 | -1, top: number): ItemChange[] {
  // Pass flips first, then the largest check-rate change, then the key (for a stable order).
  return changes
    .filter((c) =>
      c.kind === "pass flip"
        ? (c.b.status === "passed" ? 1 : -1) === direction
        : Math.sign(c.delta) === direction,
    )
    .sort((x, y) => {
      if (x.kind !== y.kind) return x.kind === "pass flip" ? -1 : 1;
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
 * Bonferroni-corrected over every test made, so that the chance of any verdict other than "within
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

  const groups = new Map<string, { group: GroupComparison["group"]; pairs: Pair[] }>();
  if (groupBy.length > 0) {
    for (const pair of pairs) {
      const values = groupBy.map((d) => String(pair.a[d]));
      const label = values.join(" · ");
      let entry = groups.get(label);
      if (!entry) {
        entry = { group: Object.fromEntries(groupBy.map((d, i) => [d, values[i]!])), pairs: [] };
        groups.set(label, entry);
      }
      entry.pairs.push(pair);
    }
  }
  // Two tests (pass flips, check rate) for the overall set and for each group.
  const testAlpha = alpha / (2 * (1 + groups.size));
  const levels: Levels = {
    confidence: options.confidence ?? 0.95,
    testAlpha,
    seed: options.seed ?? 0,
    resamples: options.resamples ?? 2000,
  };
  const overall = compareGroup(pairs, {}, "all", levels);
  const groupComparisons = [...groups.keys()]
    .sort(compareStrings)
    .map((label) => compareGroup(groups.get(label)!.pairs, groups.get(label)!.group, label, levels));

  const changes: ItemChange[] = [];
  for (const pair of pairs) {
    const change = toChange(pair);
    if (change) changes.push(change);
  }
  const top = options.top ?? 10;
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    a: { runId: a.run.runId, startedAt: a.run.startedAt, items: itemsA.size },
    b: { runId: b.run.runId, startedAt: b.run.startedAt, items: itemsB.size },
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
    regressed: overall.verdict === "regressed" || groupComparisons.some((g) => g.verdict === "regressed"),
  };
}
