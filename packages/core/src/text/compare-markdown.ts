// `benchloop compare --markdown`: the same comparison as Markdown for pull requests.
import type { RunComparison } from "../compare/comparison.js";
import { REPAIR_HEADER, REPAIR_NOTE, REPAIR_RIGHT, toRepairRows } from "./compare-repair-view.js";
import {
  describeChange,
  describeMatching,
  describeMethod,
  describeReplayedTimings,
  describeSeparability,
  GROUP_HEADER,
  GROUP_RIGHT,
  toGroupRows,
} from "./compare-view.js";

function escapeCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** Renders a comparison as Markdown. */
export function renderCompareMarkdown(c: RunComparison): string {
  const lines = [`## Compare ${c.a.runId} → ${c.b.runId}`, "", describeMatching(c), ""];
  for (const warning of c.warnings) lines.push(`> **Warning:** ${warning}`, "");
  lines.push(
    `| ${GROUP_HEADER.map(escapeCell).join(" | ")} |`,
    `|${GROUP_RIGHT.map((r) => (r ? "---:" : "---")).join("|")}|`,
  );
  for (const row of toGroupRows(c)) lines.push(`| ${row.map(escapeCell).join(" | ")} |`);
  lines.push("");
  const replayed = describeReplayedTimings(c);
  if (replayed) lines.push(replayed, "");
  const separability = describeSeparability(c);
  if (separability) lines.push(`> ${separability}`, "");
  const repairRows = toRepairRows(c);
  if (repairRows) {
    lines.push(
      `| ${REPAIR_HEADER.map(escapeCell).join(" | ")} |`,
      `|${REPAIR_RIGHT.map((r) => (r ? "---:" : "---")).join("|")}|`,
      ...repairRows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
      "",
      REPAIR_NOTE,
      "",
    );
  }
  if (c.incomparable.length > 0) {
    lines.push(`### Not comparable (${c.incomparable.length})`, "");
    for (const item of c.incomparable.slice(0, 20))
      lines.push(`- ${code(item.key)}: ${item.reasons.join("; ")}${item.included ? " (kept)" : ""}`);
    lines.push("");
  }
  for (const [title, changes] of [
    ["Top regressions", c.topRegressions],
    ["Top improvements", c.topImprovements],
  ] as const) {
    lines.push(`### ${title}`, "");
    if (changes.length === 0) lines.push("None.");
    for (const change of changes) lines.push(`- ${code(change.key)}: ${describeChange(change)}`);
    lines.push("");
  }
  lines.push(`<sub>${describeMethod(c)}</sub>`, "");
  return lines.join("\n");
}
