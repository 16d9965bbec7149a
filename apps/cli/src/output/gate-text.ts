// A gate report for the terminal: the same blocks as gate.md (the gate policy's `document`), with
// aligned tables and underlined headings instead of Markdown syntax.
import { type GateBlock, renderTable } from "@benchloop/core";

function renderBlock(block: GateBlock): string[] {
  switch (block.kind) {
    case "heading":
      return [block.text, (block.level === 1 ? "═" : "─").repeat(block.text.length)];
    case "paragraph":
      return [block.text];
    case "list":
      return block.items.flatMap((item) => [
        `- ${item.lead === undefined ? "" : `${item.lead}: `}${item.text}`,
        ...item.sub.map((sub) => `    - ${sub}`),
      ]);
    case "table":
      return renderTable(block.header, block.rows, { align: block.align, maxWidth: Infinity })
        .trimEnd()
        .split("\n");
  }
}

/** Renders a gate report's blocks for the terminal: plain text, tables aligned, no Markdown markup. */
export function renderGateText(blocks: readonly GateBlock[]): string {
  return `${blocks.flatMap((block) => [...renderBlock(block), ""]).join("\n")}`;
}
