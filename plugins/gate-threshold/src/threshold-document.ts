// The threshold policy's report in words: per role the recommendation and a table of every model's
// pass@1 interval (pass@2 for a role judged by it) against the minimum, then the alerts; gate.md and the terminal render these blocks.
import type { GateBlock, GateReport, ProfileResult } from "@benchloop/core";

const STATUS = { passed: "✓ PASSED", blocked: "✗ BLOCKED", failed: "✗ FAILED" } as const;
const num = (value: number | undefined): string => (value === undefined ? "-" : value.toFixed(3));

function roleBlocks(profile: ProfileResult): GateBlock[] {
  const suite = profile.requiredSuites[0] ?? profile.profile;
  const metric = profile.passMetric === "pass@2" ? "pass@2" : "pass@1";
  const rows = profile.candidates.map((c) => {
    const interval = c.metrics[suite]?.[metric === "pass@2" ? "passAt2" : "passAt1"];
    return [
      String(c.rank),
      c.model,
      String(c.metrics[suite]?.items ?? 0),
      num(interval?.estimate),
      interval ? `[${num(interval.lower)}, ${num(interval.upper)}]` : "-",
      c.recommended ? "★ recommended" : c.passed ? "passes" : "below the minimum",
    ];
  });
  const margin = profile.margin ? ` (margin ${profile.margin.text} over ${profile.margin.runnerUp})` : "";
  return [
    { kind: "heading", level: 2, text: profile.profile },
    {
      kind: "paragraph",
      text: `Needs a ${profile.role}. Recommendation: ${profile.recommendation ?? "none"}${margin}.`,
    },
    {
      kind: "table",
      header: ["rank", "model", "items", metric, "interval", "verdict"],
      align: ["right", "left", "right", "right", "left", "left"],
      rows,
    },
  ];
}

/** The blocks of a threshold report. */
export function toThresholdDocument(report: GateReport): GateBlock[] {
  const blocks: GateBlock[] = [
    {
      kind: "heading",
      level: 1,
      text: `Gate ${STATUS[report.status]}: ${report.policy.name} (threshold policy)`,
    },
  ];
  if (report.simulated)
    blocks.push({
      kind: "paragraph",
      text: "SIMULATED: the runs were answered by a simulator, not by real models.",
    });
  blocks.push(...report.profiles.flatMap(roleBlocks));
  if (report.alerts.length > 0)
    blocks.push(
      { kind: "heading", level: 2, text: "Alerts" },
      {
        kind: "list",
        items: report.alerts.map((a) => ({
          text: `${a.severity}${a.blocking ? " (blocks)" : ""}: ${a.message}`,
          sub: [],
        })),
      },
    );
  return blocks;
}
