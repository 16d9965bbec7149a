// What `dev-cycle` prints: the recommendation per role against what is applied today, and the
// per-suite table: each model's pass rate on each suite of the runs beside the highest pass rate of the
// baselines (answerers that call no model) on that suite, so a score a script could reach shows as such.
import type { SuiteBaselines } from "../baselines/measure-baselines.js";
import type { DevCycleSummary } from "../results/dev-cycle-summary.js";
import type { Run } from "../results/run-schema.js";
import { isItemPassed } from "../summary/item-outcome.js";
import { renderTable } from "./table.js";

function percent(passed: number, total: number): string {
  return total === 0 ? "-" : `${((passed / total) * 100).toFixed(1)} %`;
}

/** The table: one row per suite, one column per model, then the worst baseline rate and its name. */
export function renderSuiteScores(runs: readonly Run[], baselines: readonly SuiteBaselines[]): string {
  const items = runs.flatMap((run) => run.items);
  const models = [...new Set(items.map((i) => i.model))].sort();
  const suites = [...new Set(items.map((i) => i.suite ?? ""))].filter(Boolean).sort();
  const rows = suites.map((suite) => {
    const inSuite = items.filter((i) => i.suite === suite);
    const baseline = baselines.find((b) => b.suite === suite);
    const worst = baseline?.rates.reduce((a, b) => (b.rate > a.rate ? b : a));
    return [
      suite,
      ...models.map((model) => {
        const mine = inSuite.filter((i) => i.model === model);
        return percent(mine.filter(isItemPassed).length, mine.length);
      }),
      baseline && worst
        ? `${(baseline.worst * 100).toFixed(1)} %${baseline.worst > 0 ? ` (${worst.baseline})` : ""}`
        : "-",
    ];
  });
  return renderTable(["suite", ...models, "baseline"], rows, {
    align: ["left", ...models.map(() => "right" as const), "right"],
  });
}

/** The summary table (model, role, composite, margin, decision), the notes and the gate line. */
export function renderDevCycleSummary(summary: DevCycleSummary): string {
  const rows = summary.profiles.map((p) => [
    p.model ?? "(none)",
    p.profile,
    p.compositeScore === null ? "-" : p.compositeScore.toFixed(3),
    p.marginText ?? "-",
    `${p.decision === "promote" ? "✓ promote" : p.decision === "keep" ? "= keep" : "✗ reject"}${summary.simulated ? " (simulated)" : ""}`,
  ]);
  const banner = summary.simulated
    ? [
        "SIMULATED: these runs were answered by the simulator (ollama-sim), not by real models; `benchloop apply` refuses this promotion unless --allow-simulated.",
        "",
      ]
    : [];
  const lines = [
    ...banner,
    renderTable(["model", "role", "composite", "margin", "decision"], rows, {
      align: ["left", "left", "right", "right", "left"],
    }).trimEnd(),
    "",
    ...summary.profiles.map((p) => `${p.profile}: ${p.note}`),
    "",
    `gate: ${summary.gate.status} (policy ${summary.gate.policy})${summary.simulated ? " · simulated" : ""}`,
  ];
  return `${lines.join("\n")}\n`;
}
