// The per-item numbers every table, export and comparison uses, defined once: pass, check rate and
// check counts (with the counts-only scores of imported runs), judge score, tokens per second.
import type { ItemResult } from "../results/item-result.js";

/** Passed and total checks of an item's score. */
export interface CheckCounts {
  passed: number;
  total: number;
}

/** True when the item passed (status `passed`). */
export function isItemPassed(item: ItemResult): boolean {
  return item.status === "passed";
}

/**
 * True when the item's timings were replayed: it reused a cached generation, so its latency figures are
 * those measured when the generation was made (`metrics.replayed` names that run; items of runs written
 * before that mark existed are recognised by their cache hit).
 */
export function hasReplayedTiming(item: ItemResult): boolean {
  return item.metrics.replayed !== undefined || item.cache === "hit";
}

/** True when the item counts as a trial: every status but `skipped`. */
export function isItemTrial(item: ItemResult): boolean {
  return item.status !== "skipped";
}

/**
 * Passed and total checks of the item's score, or undefined when it was not scored. Scores imported
 * from tools that kept only counts (plebdev-bench) carry them as `details.checksPassed/checksTotal`.
 */
export function toCheckCounts(item: ItemResult): CheckCounts | undefined {
  const score = item.score;
  if (!score) return undefined;
  if (score.checks.length > 0) {
    let passed = 0;
    for (const check of score.checks) if (check.passed) passed++;
    return { passed, total: score.checks.length };
  }
  const passed = score.details?.checksPassed;
  const total = score.details?.checksTotal;
  if (typeof passed === "number" && typeof total === "number") return { passed, total };
  return { passed: 0, total: 0 };
}

/**
 * The item's check rate in 0..1: its score's value, or 0 when the item has no score (its generation
 * or scoring failed, so no check passed). Skipped items have none (undefined).
 */
export function toItemCheckRate(item: ItemResult): number | undefined {
  if (!isItemTrial(item)) return undefined;
  return item.score?.value ?? 0;
}

/** The judge's overall score in 0..1, when a judge answered. */
export function toItemJudgeScore(item: ItemResult): number | undefined {
  return item.judge?.status === "ok" ? item.judge.score : undefined;
}
