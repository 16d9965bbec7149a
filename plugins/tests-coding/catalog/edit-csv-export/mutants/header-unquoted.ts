// Exports table rows as CSV for spreadsheets.
function field(cell: unknown): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly unknown[][]): string {
  const lines = [header.join(",")];
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new RangeError(`row ${index + 1} has ${row.length} cells; the header has ${header.length}`);
    }
    lines.push(row.map(field).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
