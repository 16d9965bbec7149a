export function parseCsv(text: string): string[][] {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return lines.map((line) => {
    const fields: string[] = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i]!;
      if (quoted) {
        if (char === '"' && line[i + 1] === '"') {
          field += '"';
          i += 1;
        } else if (char === '"') {
          quoted = false;
        } else {
          field += char;
        }
      } else if (char === '"' && field === "") {
        quoted = true;
      } else if (char === ",") {
        fields.push(field);
        field = "";
      } else {
        field += char;
      }
    }
    if (quoted) throw new SyntaxError("unterminated quoted field");
    fields.push(field);
    return fields;
  });
}

export function stringifyCsv(rows: string[][]): string {
  return rows
    .map((row) =>
      row.length === 1 && row[0] === ""
        ? '""'
        : row.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(","),
    )
    .join("\r\n");
}
