// What the commands that make derived runs print: a judged run (verdicts, the judge's spread and its
// agreement with the checks), a rescored run and an imported run, each with its folder and next step.

import { formatDuration, formatNumber, formatPercent, formatProportion } from "../format/format.js";
import type { RescoredRun } from "../import/rescore-run.js";
import type { Run } from "../results/run-schema.js";
import { JUDGE_REPORT_FILE, type JudgeReport } from "./judge-report.js";

function countsLine(s: Run["summary"]): string {
  return `  ${s.items} items: ✓ ${s.passed} passed · ✗ ${s.failed} failed · ! ${s.error} error · pass@1 ${formatProportion(s.passAt1)}\n`;
}

/** The summary of a judged run; `total` is the source run's item count. */
export function renderJudgeSummary(
  report: JudgeReport,
  where: { folder: string; durationMs: number; total: number },
): string {
  const digest = report.judge.digest ? ` (${report.judge.digest.slice(0, 12)})` : "";
  const lines = [
    `✓ Judged ${report.judged} of ${where.total} items of ${report.fromRun} into ${report.runId} with ${report.judge.model}${digest} in ${formatDuration(where.durationMs)}`,
    `  verdicts ✓ ${report.verdicts.ok} ok · ! ${report.verdicts.judgeError} judge_error · mean judge score ${formatPercent(report.meanScore)} · cache ${report.cache.hits} hits / ${report.cache.misses} misses`,
  ];
  const reasons = new Map<string, number>();
  for (const u of report.unjudged) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  for (const [reason, n] of reasons) lines.push(`  ! not judged: ${n} × ${reason}`);
  const r = report.reliability;
  if (r.repeats > 1) {
    lines.push(
      `  judge spread over ${r.repeats} repeats: mean std dev ${formatNumber(r.meanStdDev, 3)} · max ${formatNumber(r.maxStdDev, 3)} · ${r.unstableItems} of ${r.items} items changed score`,
    );
    const unstable = [...r.perItem].sort((a, b) => b.stdDev - a.stdDev).filter((p) => p.stdDev > 0);
    for (const p of unstable.slice(0, 5))
      lines.push(`    Δ ${p.key}: mean ${formatPercent(p.mean)} ± ${formatNumber(p.stdDev, 3)}`);
  }
  for (const suite of r.perSuite ?? []) {
    if (r.repeats <= 1 && suite.runRepeats.groups === 0) continue;
    const across =
      suite.runRepeats.groups > 0
        ? ` · across the run's repeats of ${suite.runRepeats.groups} tests: variance ${formatNumber(suite.runRepeats.meanVariance, 4)} (max std dev ${formatNumber(suite.runRepeats.maxStdDev, 3)})`
        : "";
    lines.push(
      `    suite ${suite.suite}: judge variance ${formatNumber(suite.meanVariance, 4)} over ${suite.items} items (max std dev ${formatNumber(suite.maxStdDev, 3)})${across}`,
    );
  }
  const a = r.agreement;
  if (a.n > 0)
    lines.push(
      `  agreement with the automated checks: ${formatPercent(a.rate)} of ${a.n} items · Cohen's kappa ${formatNumber(a.kappa, 2)}`,
    );
  lines.push(`  folder ${where.folder} (${JUDGE_REPORT_FILE} holds the per-item figures)`);
  lines.push(`  next   benchloop export ${report.runId} --format html --out report.html`);
  return `${lines.join("\n")}\n`;
}

/** The summary of a rescored run. */
export function renderRescoreSummary(result: RescoredRun, source: Run, folder: string): string {
  let out = `✓ Re-scored ${result.rescored} of ${source.items.length} items of ${source.runId} into ${result.run.runId}\n`;
  out += countsLine(result.run.summary);
  const copied = Object.entries(result.copied).filter(([, n]) => n > 0);
  if (copied.length > 0)
    out += `  copied unchanged: ${copied.map(([reason, n]) => `${n} ${reason}`).join(" · ")}\n`;
  if (result.missingTests.length > 0)
    out += `  ! tests not installed: ${result.missingTests.join(", ")} (\`benchloop list tests\` shows what is)\n`;
  if (result.missingScorers.length > 0)
    out += `  ! scorers not installed: ${result.missingScorers.join(", ")}\n`;
  return `${out}  folder ${folder}\n  next   benchloop compare ${source.runId} ${result.run.runId}\n`;
}

/** The summary of an imported run. */
export function renderImportSummary(run: Run, tool: string, folder: string): string {
  return (
    `✓ Imported ${tool} run ${run.provenance?.fromRuns[0] ?? ""} as ${run.runId}\n` +
    `${countsLine(run.summary)}  folder ${folder}\n  next   benchloop show ${run.runId}\n`
  );
}
