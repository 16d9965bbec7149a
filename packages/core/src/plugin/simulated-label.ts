// How a simulated run is labelled: by the plugins whose harness reported simulated models, never by
// the name of one simulator. Any plugin may report `simulated` (from its probe or its models), so the
// label says who did, and stays true for a third-party simulator.
import type { Plan } from "../plan/plan-schema.js";

/** The parts of a plan that say who reported simulation. */
export type SimulationFacts = {
  harnesses: readonly Pick<Plan["harnesses"][number], "id" | "plugin">[];
  models: readonly { harness: string; simulated?: boolean | undefined }[];
};

/**
 * Who reported simulated models, once each in plan order: `<plugin> (harness <id>)`. Empty when no
 * model says so (a probe's `simulated`, which the plan does not record per harness, made the run so).
 */
export function simulatedReporters(plan: SimulationFacts): string[] {
  const pluginOf = new Map(plan.harnesses.map((h) => [h.id, h.plugin]));
  const reporters: string[] = [];
  for (const model of plan.models) {
    if (model.simulated !== true) continue;
    const plugin = pluginOf.get(model.harness);
    const reporter = plugin ? `${plugin} (harness ${model.harness})` : `harness ${model.harness}`;
    if (!reporters.includes(reporter)) reporters.push(reporter);
  }
  return reporters;
}

/** The one-line label of a run's `simulated` flag, naming who reported it when the plan says. */
export function simulatedLabel(simulated: boolean, plan: SimulationFacts | undefined): string {
  if (!simulated) return "no";
  const reporters = plan ? simulatedReporters(plan) : [];
  const by = reporters.length > 0 ? reporters.join(", ") : "a harness's probe";
  return `yes: simulated (reported by ${by}); these results say nothing about real models`;
}
