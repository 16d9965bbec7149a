// The end-of-run summary: one table by model and one by harness (items, pass@1 with its 95% interval,
// pass@2 and the cost of repair when the run used repair, check rate, errors by type, median wall
// time, median tokens/s), the totals, the cache hits and the run's folder.

import { formatDuration } from "../format/format.js";
import type { GroupSummary, Run } from "../results/run-schema.js";
import { formatRepairCost } from "./repair-text.js";
import { renderTable } from "./table.js";

const percent = (value: number | undefined) => (value === undefined ? "-" : `${(value * 100).toFixed(0)}%`);

function interval(value: GroupSummary["passAt1"]): string {
  if (!value) return "-";
  return `${percent(value.estimate)} [${percent(value.lower)}–${percent(value.upper)}]`;
}

const passAt1 = (group: GroupSummary) => interval(group.passAt1);

function errors(group: GroupSummary): string {
  const entries = Object.entries(group.errorsByType);
  if (entries.length === 0) return group.error > 0 ? String(group.error) : "-";
  return entries
    .sort(([, a], [, b]) => b - a)
    .map(([type, n]) => `${type} ${n}`)
    .join(", ");
}

function rows(groups: Record<string, GroupSummary>, repair: boolean): string[][] {
  return Object.entries(groups).map(([name, group]) => [
    name,
    String(group.items),
    passAt1(group),
    ...(repair ? [interval(group.passAt2), formatRepairCost(group, true)] : []),
    percent(group.checkRate),
    errors(group),
    group.medianWallMs === undefined
      ? "-"
      : `${formatDuration(group.medianWallMs, { compact: true })}${group.replayedWallItems ? " †" : ""}`,
    group.medianDecodeTokensPerSec === undefined ? "-" : group.medianDecodeTokensPerSec.toFixed(1),
  ]);
}

const ALIGN = ["left", "right", "right", "right", "left", "right", "right"] as const;
const REPAIR_ALIGN = ["left", "right", "right", "right", "left", "right", "left", "right", "right"] as const;

/** Renders the summary of a run for the terminal. */
export function renderRunSummary(run: Run, runDir: string, options: { planned?: number } = {}): string {
  const { summary } = run;
  const lines: string[] = [];
  // pass@2 and the cost of repair only when the run used repair: other runs print as they always did.
  const repair = summary.passAt2 !== undefined || summary.repair !== undefined;
  const align = [...(repair ? REPAIR_ALIGN : ALIGN)];
  const header = (first: string) => [
    first,
    "items",
    "pass@1 [95% CI]",
    ...(repair ? ["pass@2 [95% CI]", "repair"] : []),
    "checks",
    "errors",
    "median wall",
    "tok/s",
  ];
  if (Object.keys(summary.byModel).length > 0) {
    lines.push(renderTable(header("model"), rows(summary.byModel, repair), { align, maxWidth: 48 }));
    lines.push(renderTable(header("harness"), rows(summary.byHarness, repair), { align, maxWidth: 48 }));
  }
  const planned = options.planned ?? summary.items;
  const done = planned > summary.items ? ` of ${planned} planned` : "";
  lines.push(
    `${run.status === "completed" ? "✓" : "!"} ${run.status}: ${summary.items} items${done} — ✓ ${summary.passed} passed, ✗ ${summary.failed} failed, ! ${summary.error} errors${summary.skipped ? `, ${summary.skipped} skipped` : ""}; pass@1 ${passAt1(summary)}${summary.passAt2 ? `; pass@2 ${interval(summary.passAt2)}` : ""}`,
  );
  if (summary.repair) lines.push(`repair: ${formatRepairCost(summary, true)}`);
  lines.push(
    `cache: ${summary.cache.hits} hits, ${summary.cache.misses} misses${run.simulated ? " · simulated" : ""} · ${formatDuration(run.durationMs, { compact: true })}`,
  );
  if (summary.replayedWallItems)
    lines.push(
      `† ${summary.replayedWallItems} of ${summary.items - summary.skipped} items replayed cached generations: their wall time and tok/s are the timings measured when each generation was made`,
    );
  lines.push(`run: ${runDir}`);
  if (run.status === "interrupted") lines.push(`resume with: benchloop run --resume ${run.runId}`);
  return `${lines.join("\n")}\n`;
}
