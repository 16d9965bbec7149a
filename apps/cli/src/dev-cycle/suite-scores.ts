// The per-suite table `dev-cycle` prints: each model's pass rate on each suite of the runs, beside the
// highest pass rate of the baselines (answerers that call no model) on that suite, so a score that a
// script could reach is visible as such.
import { isItemPassed, type Run, type SuiteBaselines } from "@benchloop/core";
import { renderTable } from "../output/table.js";

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
