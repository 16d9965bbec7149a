// The readable gate report (Markdown, also fine at a terminal): status, alerts, and per profile the
// recommendation, its margin, a table of candidates with composite terms, and why each was or was not promoted.
import { formatNumber } from "./format-metric.js";
import type { CandidateResult, GateAlert, GateReport, ProfileResult } from "./gate-report.js";

const STATUS_LABELS = { passed: "✓ PASSED", blocked: "✗ BLOCKED", failed: "✗ FAILED" } as const;
const SEVERITY_MARKS = { critical: "✗ critical", warning: "! warning", info: "i info" } as const;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function renderAlert(alert: GateAlert): string {
  return `- ${SEVERITY_MARKS[alert.severity]}${alert.blocking ? " (blocks)" : ""}: ${alert.message}`;
}

function term(candidate: CandidateResult, name: string): string {
  const found = candidate.composite.terms.find((t) => t.term === name);
  if (!found) return "";
  if (found.weight === 0) return "—";
  const value = found.value === null ? "n/a" : formatNumber(found.value);
  return `${value} × ${formatNumber(found.weight)} = ${formatNumber(found.contribution)}`;
}

function renderMargin(profile: ProfileResult): string {
  const margin = profile.margin;
  if (!margin) return "no runner-up passed, so there is no margin";
  const noise = margin.noise
    ? `${formatNumber(margin.noise.confidence * 100)}% interval [${formatNumber(margin.noise.lower)}, ${formatNumber(margin.noise.upper)}] over ${margin.noise.pairs} paired items`
    : "noise not measurable: fewer than 2 paired items";
  return `margin ${formatNumber(margin.value)} over ${margin.runnerUp}, ${margin.exceedsNoise ? "beyond" : "within"} the noise (${noise})`;
}

function renderProfile(profile: ProfileResult): string[] {
  const lines = [`## ${profile.profile}${profile.blocked ? " (blocked)" : ""}`, "", profile.role, ""];
  if (profile.recommendation) {
    lines.push(
      `Recommended: **${profile.recommendation}** (composite ${formatNumber(profile.compositeScore ?? 0)}); ${renderMargin(profile)}.`,
    );
  } else {
    lines.push("Recommended: none — no candidate passed.");
  }
  const weights = Object.entries(profile.suiteWeights)
    .map(([suite, weight]) => `${suite} ${formatNumber(weight)}`)
    .join(", ");
  lines.push(
    "",
    `Required suites: ${profile.requiredSuites.join(", ") || "none"} · suite weights: ${weights || "none"} · ability measure: ${profile.objective.abilityMetric}${profile.objective.suite ? ` · efficiency and latency on ${profile.objective.suite}` : ""}`,
    "",
    "| rank | model | gate | composite | ability | resource efficiency | latency (s) |",
    "|---:|---|---|---:|---|---|---|",
  );
  for (const candidate of profile.candidates) {
    const gate = candidate.recommended ? "✓ PROMOTED" : candidate.passed ? "✓ PASS" : "✗ FAIL";
    lines.push(
      `| ${candidate.rank} | ${cell(candidate.model)} | ${gate} | ${formatNumber(candidate.composite.score)} | ${term(candidate, "ability")} | ${term(candidate, "resourceEfficiency")} | ${term(candidate, "latency")} |`,
    );
  }
  lines.push("", "Why:", "");
  for (const candidate of profile.candidates) {
    const [first, ...rest] = candidate.reasons;
    lines.push(`- **${candidate.model}**: ${first ?? ""}`);
    for (const reason of rest) lines.push(`  - ${reason}`);
  }
  lines.push("");
  return lines;
}

/** Renders a gate report as Markdown: why each candidate was promoted or not, per profile. */
export function renderGateReport(report: GateReport): string {
  const lines = [
    `# Gate ${STATUS_LABELS[report.status]}`,
    "",
    `Policy ${report.policy.name}${report.policy.file ? ` (${report.policy.file})` : ` (${report.policy.format})`} · runs ${report.runs.map((r) => r.runId).join(", ") || "none"} · ${report.createdAt}`,
    `Blocking severities: ${report.blockingSeverities.join(", ") || "none"}`,
    "",
    "| profile | recommended model | composite | status |",
    "|---|---|---:|---|",
  ];
  for (const profile of report.profiles) {
    lines.push(
      `| ${profile.profile} | ${cell(profile.recommendation ?? "—")} | ${profile.compositeScore === null ? "—" : formatNumber(profile.compositeScore)} | ${profile.blocked ? "✗ blocked" : profile.recommendation ? "✓ ok" : "✗ none passed"} |`,
    );
  }
  lines.push("");
  if (report.alerts.length > 0) {
    lines.push("## Alerts", "", ...report.alerts.map(renderAlert), "");
  }
  for (const profile of report.profiles) lines.push(...renderProfile(profile));
  if (report.policy.notes.length > 0) {
    lines.push(`## Notes on the ${report.policy.format} policy import`, "");
    for (const note of report.policy.notes) lines.push(`- ${note}`);
    lines.push("");
  }
  lines.push(`gateHash ${report.promotion.gateHash}`, "");
  return lines.join("\n");
}
