// The gate report as a document of blocks (headings, paragraphs, lists, tables) built once from
// gate.json, so gate.md (Markdown) and the terminal (aligned text) say the same sentences.
import type { GateBlock, GateListItem } from "@benchloop/core";
import { formatNumber } from "./format-metric.js";
import type { CandidateResult, GateAlert, GateReport, ProfileResult } from "./gate-report.js";
import { describeMargin } from "./margin-words.js";

export type { GateBlock, GateListItem } from "@benchloop/core";

const STATUS_LABELS = { passed: "✓ PASSED", blocked: "✗ BLOCKED", failed: "✗ FAILED" } as const;
const SEVERITY_MARKS = { critical: "✗ critical", warning: "! warning", info: "i info" } as const;

/** The words that open a report built on simulated runs. */
export const SIMULATED_TITLE = "SIMULATED";

function alertItem(alert: GateAlert): GateListItem {
  return {
    text: `${SEVERITY_MARKS[alert.severity]}${alert.blocking ? " (blocks)" : ""}: ${alert.message}`,
    sub: [],
  };
}

function term(candidate: CandidateResult, name: string): string {
  const found = candidate.composite.terms.find((t) => t.term === name);
  if (!found) return "";
  if (found.weight === 0) return "—";
  const value = found.value === null ? "n/a" : formatNumber(found.value);
  return `${value} × ${formatNumber(found.weight)} = ${formatNumber(found.contribution)}`;
}

function recommendation(profile: ProfileResult): string {
  if (!profile.recommendation) return "Recommended: none — no candidate passed.";
  const head = `Recommended: ${profile.recommendation} (composite ${formatNumber(profile.compositeScore ?? 0)})`;
  if (!profile.margin) return `${head}; no runner-up passed, so there is no margin.`;
  return `${head}; ${describeMargin(profile.margin, profile.recommendation)}.`;
}

function rules(profile: ProfileResult): string {
  const weights = Object.entries(profile.suiteWeights)
    .map(([suite, weight]) => `${suite} ${formatNumber(weight)}`)
    .join(", ");
  const code = profile.codePassAt1
    ? ` · code tests: ${profile.passMetric ?? "pass@1"}${profile.codePassAt1.bound === "lower" ? " (lower bound)" : ""} ≥ ${formatNumber(profile.codePassAt1.min)}`
    : "";
  const judged =
    profile.passMetric === "pass@2" ? " · judged by pass@2 (first answer or one repair round)" : "";
  return `Required suites: ${profile.requiredSuites.join(", ") || "none"}${code}${judged} · suite weights: ${weights || "none"} · ability measure: ${profile.objective.abilityMetric}${profile.objective.suite ? ` · efficiency and latency on ${profile.objective.suite}` : ""}`;
}

function profileBlocks(profile: ProfileResult): GateBlock[] {
  return [
    { kind: "heading", level: 2, text: `${profile.profile}${profile.blocked ? " (blocked)" : ""}` },
    { kind: "paragraph", text: profile.role },
    { kind: "paragraph", text: recommendation(profile) },
    { kind: "paragraph", text: rules(profile) },
    {
      kind: "table",
      header: ["rank", "model", "gate", "composite", "ability", "resource efficiency", "latency (s)"],
      align: ["right", "left", "left", "right", "left", "left", "left"],
      rows: profile.candidates.map((candidate) => [
        String(candidate.rank),
        candidate.model,
        candidate.recommended ? "✓ PROMOTED" : candidate.passed ? "✓ PASS" : "✗ FAIL",
        formatNumber(candidate.composite.score),
        term(candidate, "ability"),
        term(candidate, "resourceEfficiency"),
        term(candidate, "latency"),
      ]),
    },
    { kind: "paragraph", text: "Why:" },
    {
      kind: "list",
      items: profile.candidates.map((candidate) => {
        const [first, ...rest] = candidate.reasons;
        return { lead: candidate.model, text: first ?? "", sub: rest };
      }),
    },
  ];
}

/** The simulated-evidence warning, or nothing for real runs. */
function simulatedBlocks(report: GateReport): GateBlock[] {
  if (!report.simulated) return [];
  const runs = report.runs.filter((r) => r.simulated).map((r) => r.runId);
  return [
    {
      kind: "paragraph",
      text: `${SIMULATED_TITLE}: ${runs.length === 1 ? "run" : "runs"} ${runs.join(", ")} ${runs.length === 1 ? "was" : "were"} answered by the simulator (ollama-sim), not by real models, so this report says nothing about real models; \`benchloop apply\` refuses its promotion unless --allow-simulated.`,
    },
  ];
}

/** Builds the gate report's blocks: status, alerts, then per profile why each candidate was or was not promoted. */
export function toGateDocument(report: GateReport): GateBlock[] {
  const blocks: GateBlock[] = [
    {
      kind: "heading",
      level: 1,
      text: `Gate ${STATUS_LABELS[report.status]}${report.simulated ? ` (${SIMULATED_TITLE})` : ""}`,
    },
    ...simulatedBlocks(report),
    {
      kind: "paragraph",
      text: `Policy ${report.policy.name}${report.policy.file ? ` (${report.policy.file})` : ` (${report.policy.format})`} · runs ${report.runs.map((r) => r.runId).join(", ") || "none"} · ${report.createdAt}`,
    },
    { kind: "paragraph", text: `Blocking severities: ${report.blockingSeverities.join(", ") || "none"}` },
    {
      kind: "table",
      header: ["profile", "recommended model", "composite", "status"],
      align: ["left", "left", "right", "left"],
      rows: report.profiles.map((profile) => [
        profile.profile,
        profile.recommendation ?? "—",
        profile.compositeScore === null ? "—" : formatNumber(profile.compositeScore),
        profile.blocked ? "✗ blocked" : profile.recommendation ? "✓ ok" : "✗ none passed",
      ]),
    },
  ];
  if (report.alerts.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: "Alerts" });
    blocks.push({ kind: "list", items: report.alerts.map(alertItem) });
  }
  for (const profile of report.profiles) blocks.push(...profileBlocks(profile));
  if (report.policy.notes.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: `Notes on the ${report.policy.format} policy import` });
    blocks.push({ kind: "list", items: report.policy.notes.map((note) => ({ text: note, sub: [] })) });
  }
  blocks.push({ kind: "paragraph", text: `gateHash ${report.promotion.gateHash}` });
  return blocks;
}
