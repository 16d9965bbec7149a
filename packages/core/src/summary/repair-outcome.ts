// The per-item and per-run repair facts every summary, view, export, comparison and gate uses, defined
// once: whether an item passed within k attempts, whether it was repaired, what its repair rounds cost,
// and whether a run used repair at all (pass@2 is shown only then).
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";

/** The metrics a gate or a view can rank by: the first answer's pass rate, or the rate after one repair. */
export const PASS_METRICS = ["pass@1", "pass@2"] as const;

/** `pass@1` (the first answer) or `pass@2` (the first answer or one repair round). */
export type PassMetric = (typeof PASS_METRICS)[number];

/** What an item's repair rounds cost: tokens (prompt plus completion) and wall time. */
export interface RepairCost {
  tokens: number;
  wallMs: number;
}

/**
 * True when the item passed within `attempts` attempts: its first answer passed (status `passed`), or
 * a repair round passed at an attempt ≤ `attempts` (`passedAtAttempt`). pass@1 is `attempts` 1.
 */
export function passedWithin(item: ItemResult, attempts: number): boolean {
  if (item.status === "passed") return true;
  return item.passedAtAttempt !== undefined && item.passedAtAttempt <= attempts;
}

/** True when the item passed within the attempts the metric allows (1 for pass@1, 2 for pass@2). */
export function passedByMetric(item: ItemResult, metric: PassMetric): boolean {
  return passedWithin(item, metric === "pass@2" ? 2 : 1);
}

/** True when the item's first answer failed (or errored) and one of its repair rounds passed. */
export function isItemRepaired(item: ItemResult): boolean {
  return item.status !== "passed" && item.status !== "skipped" && item.passedAtAttempt !== undefined;
}

/** True when the item's first answer was a trial that did not pass (a candidate for repair). */
export function failedFirst(item: ItemResult): boolean {
  return item.status === "failed" || item.status === "error";
}

/** Tokens (prompt plus completion) and wall time the item's repair rounds took; zero without rounds. */
export function repairCostOf(item: ItemResult): RepairCost {
  let tokens = 0;
  let wallMs = 0;
  for (const round of item.repairs ?? []) {
    tokens += (round.generation?.tokens.prompt ?? 0) + (round.generation?.tokens.completion ?? 0);
    wallMs += round.metrics.wallMs;
  }
  return { tokens, wallMs };
}

/** True when the item shows that repair was on: it had repair rounds, or says why it could not have any. */
export function itemUsedRepair(item: ItemResult): boolean {
  return (item.repairs !== undefined && item.repairs.length > 0) || item.repairUnsupported !== undefined;
}

/**
 * True when the run used repair: its summary carries pass@2 (written when repair was on), or one of its
 * items had a repair round or says why it could not.
 */
export function runUsedRepair(run: Pick<Run, "summary" | "items">): boolean {
  return run.summary.passAt2 !== undefined || run.items.some(itemUsedRepair);
}
