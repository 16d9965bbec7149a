// Summaries of a run or of any group of its items: counts, pass@1 with its Wilson interval (and pass@2
// with the cost of repair when the run used repair), check rate, failures by type, median wall time and
// decode speed. Used by the store, import, rescore and export.
import type { ItemResult } from "../results/item-result.js";
import type { GroupSummary, RunSummary } from "../results/run-schema.js";
import { median } from "../stats/percentile.js";
import { wilsonInterval } from "../stats/wilson.js";
import { hasReplayedTiming, isItemTrial, toItemCheckRate } from "./item-outcome.js";
import { isItemRepaired, itemUsedRepair, passedWithin, repairCostOf } from "./repair-outcome.js";

/** Options of {@link summarizeItems} and {@link summarizeRun}. */
export interface SummarizeOptions {
  /**
   * Whether the run used repair (its plan had repair on). When true, pass@2 and the repair cost are
   * added to every group; when undefined, they are added when some item of the run had a repair round
   * or says why it could not (`repairUnsupported`).
   */
  repair?: boolean;
}

/**
 * Summarises a group of items. pass@1 is passed / (items − skipped) with its 95% Wilson interval; the
 * check rate is the mean of the items' check rates (0 for an item without a score); medians are over
 * the items that measured them (replayed items with the timings of the run that generated them, counted
 * in `replayedWallItems`). Fields with no data are left out. When the run used repair (see
 * {@link SummarizeOptions.repair}), pass@2 is the share of the same trials passed by their first answer or
 * their first repair round (`passedAtAttempt` ≤ 2), with its Wilson interval, and `repair` counts the
 * items repaired and attempted and the tokens and wall time the repair rounds took.
 */
export function summarizeItems(items: readonly ItemResult[], options: SummarizeOptions = {}): GroupSummary {
  const counts = { passed: 0, failed: 0, error: 0, skipped: 0 };
  const errorsByType: Record<string, number> = {};
  const wall: number[] = [];
  const decode: number[] = [];
  let checkRateSum = 0;
  let replayedWall = 0;
  for (const item of items) {
    counts[item.status]++;
    if (item.failure) errorsByType[item.failure.type] = (errorsByType[item.failure.type] ?? 0) + 1;
    if (!isItemTrial(item)) continue;
    checkRateSum += toItemCheckRate(item) ?? 0;
    wall.push(item.metrics.wallMs);
    if (hasReplayedTiming(item)) replayedWall++;
    if (item.metrics.decodeTokensPerSec !== undefined) decode.push(item.metrics.decodeTokensPerSec);
  }
  const trials = items.length - counts.skipped;
  const summary: GroupSummary = { items: items.length, ...counts, errorsByType: sortKeys(errorsByType) };
  if (trials > 0) {
    const { estimate, lower, upper } = wilsonInterval(counts.passed, trials);
    summary.passAt1 = { estimate, lower, upper };
    summary.checkRate = checkRateSum / trials;
    summary.medianWallMs = median(wall);
    if (replayedWall > 0) summary.replayedWallItems = replayedWall;
  }
  if (decode.length > 0) summary.medianDecodeTokensPerSec = median(decode);
  if (options.repair ?? items.some(itemUsedRepair)) addRepair(summary, items, trials);
  return summary;
}

/** Adds pass@2 (over the trials, when there are any) and the repair counts and cost to `summary`. */
function addRepair(summary: GroupSummary, items: readonly ItemResult[], trials: number): void {
  const repair = { repaired: 0, attempted: 0, extraTokens: 0, extraWallMs: 0 };
  let passedBy2 = 0;
  for (const item of items) {
    if (!isItemTrial(item)) continue;
    if (passedWithin(item, 2)) passedBy2++;
    if (isItemRepaired(item)) repair.repaired++;
    if ((item.repairs?.length ?? 0) > 0) repair.attempted++;
    const cost = repairCostOf(item);
    repair.extraTokens += cost.tokens;
    repair.extraWallMs += cost.wallMs;
  }
  if (trials > 0) {
    const { estimate, lower, upper } = wilsonInterval(passedBy2, trials);
    summary.passAt2 = { estimate, lower, upper };
  }
  summary.repair = repair;
}

/**
 * Summarises a whole run: the overall group, cache hits and misses, and one group per model and per
 * harness. Whether the run used repair is decided once for the whole run, so every group of a repair
 * run carries pass@2 (a model whose items all passed first still shows pass@2 = pass@1).
 */
export function summarizeRun(items: readonly ItemResult[], options: SummarizeOptions = {}): RunSummary {
  const group: SummarizeOptions = { repair: options.repair ?? items.some(itemUsedRepair) };
  const byModel = new Map<string, ItemResult[]>();
  const byHarness = new Map<string, ItemResult[]>();
  let hits = 0;
  let misses = 0;
  for (const item of items) {
    push(byModel, item.model, item);
    push(byHarness, item.harness, item);
    if (item.cache === "hit") hits++;
    else if (item.cache === "miss") misses++;
  }
  return {
    ...summarizeItems(items, group),
    cache: { hits, misses },
    byModel: summarizeGroups(byModel, group),
    byHarness: summarizeGroups(byHarness, group),
  };
}

function push(groups: Map<string, ItemResult[]>, key: string, item: ItemResult): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

function summarizeGroups(
  groups: Map<string, ItemResult[]>,
  options: SummarizeOptions,
): Record<string, GroupSummary> {
  const out: Record<string, GroupSummary> = {};
  for (const key of [...groups.keys()].sort()) out[key] = summarizeItems(groups.get(key)!, options);
  return out;
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}
