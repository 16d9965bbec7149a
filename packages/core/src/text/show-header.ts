// The header of `benchloop show`: what run this is, when and where it ran, with which plugins, how much
// came from the cache, whether it was simulated, and its overall counts.

import {
  formatBytes,
  formatDuration,
  formatPercent,
  formatProportion,
  formatTime,
} from "../format/format.js";
import type { Plan } from "../plan/plan-schema.js";
import { simulatedLabel } from "../plugin/simulated-label.js";
import type { Run } from "../results/run-schema.js";
import { formatRepairCost } from "./repair-text.js";
import { STATUS_SYMBOLS } from "./status-label.js";

const PROVENANCE_WORDS: Record<NonNullable<Run["provenance"]>["kind"], string> = {
  import: "imported from",
  rescore: "re-scored from",
  rerun: "rerun of",
  judge: "judged from",
};

function line(label: string, value: string): string {
  return `  ${label.padEnd(11)}${value}\n`;
}

/** Renders the header of a run. */
export function renderShowHeader(run: Run, plan: Plan | undefined): string {
  const status =
    run.status === "completed" ? "✓ completed" : run.status === "interrupted" ? "! interrupted" : "✗ failed";
  let out = `Run ${run.runId}  ${status}${run.simulated ? "  SIMULATED" : ""}\n`;
  out += line(
    "time",
    `${formatTime(run.startedAt)} → ${formatTime(run.endedAt)} (${formatDuration(run.durationMs)})`,
  );
  if (run.provenance) {
    const { kind, tool, fromRuns } = run.provenance;
    out += line(
      "source",
      `${PROVENANCE_WORDS[kind]} ${tool ? `${tool} ` : ""}run${fromRuns.length === 1 ? "" : "s"} ${fromRuns.join(", ")}`,
    );
  }
  const env = run.environment ?? plan?.environment;
  if (env) {
    const machine = [
      env.os,
      env.arch,
      env.cpu.cores > 0 ? `${env.cpu.model} × ${env.cpu.cores}` : undefined,
      env.memoryBytes > 0 ? formatBytes(env.memoryBytes) : undefined,
    ]
      .filter((part) => part && part !== "unknown")
      .join(" · ");
    out += line("machine", machine || "unknown");
    const software = [
      /^\d/.test(env.node) ? `node ${env.node}` : env.node,
      `benchloop ${env.benchloop}`,
      env.git ? `git ${env.git.commit.slice(0, 12)}${env.git.dirty ? " (dirty)" : ""}` : undefined,
    ]
      .filter(Boolean)
      .join(" · ");
    out += line("software", software);
    const backends = env.backends.map(
      (b) => `${b.harness} ${b.available ? `✓ ${b.version ?? ""}`.trim() : `✗ ${b.reason ?? "unavailable"}`}`,
    );
    if (backends.length > 0) out += line("backends", backends.join(" · "));
  }
  const plugins = run.plugins.length > 0 ? run.plugins : (plan?.plugins ?? []);
  out += line(
    "plugins",
    plugins.length > 0 ? plugins.map((p) => `${p.name} ${p.version}`).join(", ") : "none recorded",
  );
  out += line("cache", `${run.summary.cache.hits} hits · ${run.summary.cache.misses} misses`);
  out += line("simulated", simulatedLabel(run.simulated, plan));
  const s = run.summary;
  out += line(
    "items",
    `${s.items}: ${STATUS_SYMBOLS.passed} ${s.passed} passed · ${STATUS_SYMBOLS.failed} ${s.failed} failed · ${STATUS_SYMBOLS.error} ${s.error} error · ${STATUS_SYMBOLS.skipped} ${s.skipped} skipped`,
  );
  out += line(
    "pass@1",
    `${formatProportion(s.passAt1)} (95% Wilson) · check rate ${formatPercent(s.checkRate)} · median wall ${formatDuration(s.medianWallMs)}${s.replayedWallItems ? " †" : ""}`,
  );
  if (s.passAt2) {
    out += line(
      "pass@2",
      `${formatProportion(s.passAt2)} (95% Wilson; the first answer or one repair round)`,
    );
    out += line("repair", formatRepairCost(s));
  }
  if (s.replayedWallItems)
    out += line(
      "timings",
      `† ${s.replayedWallItems} of ${s.items - s.skipped} items replayed cached generations: their timings were measured when each generation was made`,
    );
  const errors = Object.entries(s.errorsByType);
  if (errors.length > 0) out += line("errors", errors.map(([type, count]) => `${type} ${count}`).join(" · "));
  return out;
}
