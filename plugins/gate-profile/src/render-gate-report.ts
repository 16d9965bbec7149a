// gate.md: the gate report's blocks (see gate-document.ts) written as Markdown.
import { type GateBlock, toGateDocument } from "./gate-document.js";
import type { GateReport } from "./gate-report.js";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function renderBlock(block: GateBlock): string[] {
  switch (block.kind) {
    case "heading":
      return [`${"#".repeat(block.level)} ${block.text}`];
    case "paragraph":
      return [block.text];
    case "list":
      return block.items.flatMap((item) => [
        `- ${item.lead === undefined ? "" : `**${item.lead}**: `}${item.text}`,
        ...item.sub.map((sub) => `  - ${sub}`),
      ]);
    case "table":
      return [
        `| ${block.header.map(cell).join(" | ")} |`,
        `|${block.align.map((a) => (a === "right" ? "---:" : "---")).join("|")}|`,
        ...block.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
      ];
  }
}

/** Renders a gate report as Markdown (gate.md): why each candidate was promoted or not, per profile. */
export function renderGateReport(report: GateReport): string {
  return `${toGateDocument(report)
    .flatMap((block) => [...renderBlock(block), ""])
    .join("\n")}`;
}
