// What `benchloop plan` shows: the plan a run would execute, its duration estimated from the recent
// runs in the results folder, and the JSON document of `plan --json` (items, estimate, power, plan).
import path from "node:path";
import { type DurationEstimate, estimatePlanDuration } from "../kernel/estimate-duration.js";
import type { PluginReport } from "../plugin/discover-plugins.js";
import { readRecentRuns } from "../store/recent-runs.js";
import { type PlanPower, toPlanPower } from "../text/plan-power.js";
import { type BuildPlanOptions, buildPlan, toPluginRecords } from "./build-plan.js";
import type { Plan } from "./plan-schema.js";

/** How many recent runs the estimate learns from. */
const ESTIMATE_RUNS = 5;

/** A plan to print, with its estimate and its JSON form. */
export interface PlanPreview {
  plan: Plan;
  estimate: DurationEstimate | undefined;
  json: { items: number; estimateMs: number | null; power: PlanPower; plan: Plan };
}

/**
 * Builds the plan a run would execute (nothing written) and estimates its duration from the recent
 * completed or interrupted runs in the config's results folder.
 */
export async function previewPlan(
  options: Omit<BuildPlanOptions, "plugins"> & { plugins: readonly PluginReport[] },
): Promise<PlanPreview> {
  const { plan } = await buildPlan({ ...options, plugins: toPluginRecords(options.plugins) });
  const past = await readRecentRuns(path.resolve(options.cwd, options.config.resultsDir), ESTIMATE_RUNS);
  const estimate = estimatePlanDuration(plan, past);
  const power = toPlanPower(plan.items);
  return {
    plan,
    estimate,
    json: { items: plan.items.length, estimateMs: estimate?.totalMs ?? null, power, plan },
  };
}
