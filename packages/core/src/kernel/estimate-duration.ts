// How long a plan will take, from what past runs measured: the median item wall time of the same
// model and harness (else the model, else every item), summed over the plan and divided by its
// concurrency. Cache hits are left out: they say nothing about the model's speed.
import type { Plan } from "../plan/plan-schema.js";
import type { Run } from "../results/run-schema.js";
import { median } from "../stats/percentile.js";

/** An estimate of a plan's duration. */
export interface DurationEstimate {
  totalMs: number;
  /** How many past runs and measured items it rests on. */
  runs: number;
  items: number;
}

function push(groups: Map<string, number[]>, key: string, value: number): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/** Estimates a plan's duration from past runs; undefined when they measured nothing usable. */
export function estimatePlanDuration(plan: Plan, past: readonly Run[]): DurationEstimate | undefined {
  const byPair = new Map<string, number[]>();
  const byModel = new Map<string, number[]>();
  const all: number[] = [];
  let runs = 0;
  for (const run of past) {
    let used = false;
    for (const item of run.items) {
      if (item.cache === "hit" || item.status === "skipped" || !Number.isFinite(item.metrics.wallMs))
        continue;
      used = true;
      const wall = item.metrics.wallMs;
      all.push(wall);
      push(byPair, `${item.model}|${item.harness}`, wall);
      push(byModel, item.model, wall);
    }
    if (used) runs++;
  }
  if (all.length === 0) return undefined;
  const medians = new Map<string, number>();
  const medianOf = (key: string, values: number[] | undefined): number | undefined => {
    if (!values) return undefined;
    let value = medians.get(key);
    if (value === undefined) {
      value = median(values);
      medians.set(key, value);
    }
    return value;
  };
  const overall = median(all);
  let sum = 0;
  for (const item of plan.items) {
    sum +=
      medianOf(`p:${item.model}|${item.harness}`, byPair.get(`${item.model}|${item.harness}`)) ??
      medianOf(`m:${item.model}`, byModel.get(item.model)) ??
      overall;
  }
  return { totalMs: sum / Math.max(1, plan.config.concurrency), runs, items: all.length };
}
