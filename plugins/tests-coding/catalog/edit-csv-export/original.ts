// Exports table rows as CSV for spreadsheets.
export function toCsv(header: readonly string[], rows: readonly unknown[][]): string {
  const lines = [header.join(",")];
  for (const row of rows) lines.push(row.map((cell) => String(cell)).join(","));
  return lines.join("\n");
}
