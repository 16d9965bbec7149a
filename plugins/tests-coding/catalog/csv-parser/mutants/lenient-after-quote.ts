export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;

  const endRecord = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = "";
  };

  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === "") {
      // A quoted field: read to the closing quote.
      i += 1;
      let closed = false;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      if (!closed) throw new SyntaxError("unterminated quoted field");
      const next = text[i];
      if (next === undefined) break;
      continue;
    }
    if (char === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (text.length > 0 && !(text.endsWith("\n") || text.endsWith("\r"))) {
    endRecord();
  }
  return rows;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function stringifyCsv(rows: string[][]): string {
  return rows
    .map((row) => (row.length === 1 && row[0] === "" ? '""' : row.map(quoteField).join(",")))
    .join("\r\n");
}
