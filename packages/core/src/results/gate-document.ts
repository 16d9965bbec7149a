// A gate report as a document of blocks (headings, paragraphs, lists, tables): each gate policy says
// what its report means in blocks, and gate.md (Markdown here) and the terminal render the same blocks.
import { z } from "zod";

/** One list entry: an optional lead (a model name, bold in Markdown), its text and sub-entries. */
export const GateListItemSchema = z
  .object({ lead: z.string().optional(), text: z.string(), sub: z.array(z.string()) })
  .strict();

/** A block of a gate report's document. */
export const GateBlockSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("heading"), level: z.union([z.literal(1), z.literal(2)]), text: z.string() }),
  z.object({ kind: z.literal("paragraph"), text: z.string() }),
  z.object({ kind: z.literal("list"), items: z.array(GateListItemSchema) }),
  z.object({
    kind: z.literal("table"),
    header: z.array(z.string()),
    align: z.array(z.enum(["left", "right"])),
    rows: z.array(z.array(z.string())),
  }),
]);

/** One list entry of a gate document. */
export type GateListItem = z.infer<typeof GateListItemSchema>;
/** A block of a gate report's document. */
export type GateBlock = z.infer<typeof GateBlockSchema>;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

function markdownBlock(block: GateBlock): string[] {
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

/** Renders a gate document as Markdown (gate.md), one blank line after each block. */
export function renderGateMarkdown(blocks: readonly GateBlock[]): string {
  return blocks.flatMap((block) => [...markdownBlock(block), ""]).join("\n");
}
