// What `benchloop plan` prints: the plan's size per dimension, the estimated time from past runs, the
// differences the plan can detect, and that nothing was written.

import { formatDuration } from "../format/format.js";
import type { DurationEstimate } from "../kernel/estimate-duration.js";
import type { Plan } from "../plan/plan-schema.js";
import { describePlanPower, toPlanPower } from "./plan-power.js";
import { renderTable } from "./table.js";

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The plan summary: a table of dimensions, the time estimate, the plan's power, a closing note. */
export function renderPlanSummary(plan: Plan, estimate: DurationEstimate | undefined): string {
  const models = [...new Set(plan.models.map((m) => m.name))];
  const suites = countBy(plan.tests.map((t) => t.suite));
  const passTypes = [...new Set(plan.items.map((i) => i.passType))];
  const rows = [
    ["models", String(models.length), models.join(", ")],
    [
      "harnesses",
      String(plan.harnesses.length),
      plan.harnesses.map((h) => `${h.id}@${h.version}`).join(", "),
    ],
    ["tests", String(plan.tests.length), [...suites].map(([suite, n]) => `${suite} ${n}`).join(", ")],
    ["pass types", String(passTypes.length), passTypes.join(", ")],
    ["repeats", String(plan.config.repeats), ""],
    ["items", String(plan.items.length), `concurrency ${plan.config.concurrency}`],
  ];
  let out = renderTable(["dimension", "count", "values"], rows, {
    align: ["left", "right", "left"],
    maxWidth: 80,
  });
  out += estimate
    ? `estimated time: ~${formatDuration(estimate.totalMs, { compact: true })} (median item wall time of ${estimate.items} items in the last ${estimate.runs} run${estimate.runs === 1 ? "" : "s"})\n`
    : "estimated time: unknown (no past runs to measure from)\n";
  if (plan.items.length > 0) out += describePlanPower(toPlanPower(plan.items));
  return `${out}${plan.simulated ? "simulated · " : ""}nothing was written; \`benchloop run\` with the same flags runs this plan.\n`;
}
