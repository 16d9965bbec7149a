// Markdown (GitHub-flavoured) tables: cells escaped so names with `|` or line breaks keep the table whole.

/** Escapes a cell: pipes and backslashes escaped, line breaks turned into spaces. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** Renders a table; `right` marks columns aligned right (numbers). */
export function renderMarkdownTable(
  header: readonly string[],
  rows: readonly string[][],
  right: readonly boolean[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(" | ")} |`;
  const rule = `|${header.map((_, i) => (right[i] ? "---:" : "---")).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n") + "\n";
}
