// One CSV field or row as text, quoted per RFC 4180 exactly as papaparse's `unparse` quotes with the
// options the CSV exporter uses (comma, CRLF, `"`): a field is double-quoted, with its quotes doubled,
// when it holds a comma, a quote, a line break or a byte order mark, or starts or ends with a space.
// Written here rather than calling papaparse per row: it is several times faster on 100,000 rows.
import type { ExportCell } from "@benchloop/core";

/** What makes papaparse quote a field (its BAD_DELIMITERS, the delimiter, edge spaces). */
const NEEDS_QUOTES = /[\r\n",\ufeff]|^ | $/;

/** The text of one field: absent is empty; numbers and booleans as `String` writes them. */
export function toCsvField(cell: ExportCell | null): string {
  if (cell === undefined || cell === null) return "";
  if (typeof cell !== "string") return String(cell);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The text of one row, fields joined by commas, without a line end. */
export function toCsvRow(cells: readonly (ExportCell | null)[]): string {
  // join builds one flat string; += would build a rope that is flattened again when written.
  return cells.map(toCsvField).join(",");
}
