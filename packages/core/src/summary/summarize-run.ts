// Summaries of a run or of any group of its items: counts, pass@1 with its Wilson interval, check rate,
// failures by type, median wall time and decode speed. Used by the store, import, rescore and export.
import type { ItemResult } from "../results/item-result.js";
import type { GroupSummary, RunSummary } from "../results/run-schema.js";
import { median } from "../stats/percentile.js";
import { wilsonInterval } from "../stats/wilson.js";
import { hasReplayedTiming, isItemTrial, toItemCheckRate } from "./item-outcome.js";

/**
 * Summarises a group of items. pass@1 is passed / (items − skipped) with its 95% Wilson interval; the
 * check rate is the mean of the items' check rates (0 for an item without a score); medians are over
 * the items that measured them (replayed items with the timings of the run that generated them, counted
 * in `replayedWallItems`). Fields with no data are left out.
 */
export function summarizeItems(items: readonly ItemResult[]): GroupSummary {
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
  return summary;
}

/** Summarises a whole run: the overall group, cache hits and misses, and one group per model and per harness. */
export function summarizeRun(items: readonly ItemResult[]): RunSummary {
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
    ...summarizeItems(items),
    cache: { hits, misses },
    byModel: summarizeGroups(byModel),
    byHarness: summarizeGroups(byHarness),
  };
}

function push(groups: Map<string, ItemResult[]>, key: string, item: ItemResult): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

function summarizeGroups(groups: Map<string, ItemResult[]>): Record<string, GroupSummary> {
  const out: Record<string, GroupSummary> = {};
  for (const key of [...groups.keys()].sort()) out[key] = summarizeItems(groups.get(key)!);
  return out;
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}
