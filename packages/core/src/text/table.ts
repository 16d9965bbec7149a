// Plain-text tables for the terminal: aligned columns, long cells truncated with "…" unless wide.

/** Column alignment. */
export type Align = "left" | "right";

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  align?: Align[];
  /** Longest cell width before truncation with "…" (default 40); `Infinity` with --wide. */
  maxWidth?: number;
}

/** Shortens text to `width` characters, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** Renders rows under a header as aligned text lines (with a rule under the header). */
export function renderTable(header: string[], rows: string[][], options: RenderTableOptions = {}): string {
  const maxWidth = options.maxWidth ?? 40;
  const cells = [header, ...rows].map((row) => row.map((cell) => truncate(cell, maxWidth)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) =>
        (options.align?.[i] ?? "left") === "right" ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!),
      )
      .join("  ")
      .trimEnd();
  const [head, ...body] = cells;
  return [line(head!), widths.map((w) => "─".repeat(w)).join("  "), ...body.map(line)].join("\n") + "\n";
}
