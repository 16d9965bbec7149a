// Reads simple `key=value` settings files.
export class IniSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "IniSyntaxError";
  }
}

type Section = Record<string, string>;

function unquote(raw: string, lineNumber: number): string {
  if (!raw.startsWith('"')) return raw;
  if (raw.length < 2 || !raw.endsWith('"')) throw new IniSyntaxError("unterminated quoted value", lineNumber);
  return raw.slice(1, -1).replace(/\\(.)/g, (_, char: string) => (char === "n" ? "\n" : char));
}

export function parseIni(text: string): Record<string, Section> {
  const result: Record<string, Section> = Object.create(null);
  let section: Section = Object.create(null);
  result[""] = section;
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const lineNumber = index;
    const line = rawLine.trim();
    if (line === "" || line.startsWith(";") || line.startsWith("#")) return;
    if (line.startsWith("[")) {
      if (!line.endsWith("]") || line.length < 3)
        throw new IniSyntaxError(`bad section header: ${line}`, lineNumber);
      const name = line.slice(1, -1).trim();
      section = result[name] ?? Object.create(null);
      result[name] = section;
      return;
    }
    const equals = line.indexOf("=");
    if (equals <= 0) throw new IniSyntaxError(`expected key=value: ${line}`, lineNumber);
    const key = line.slice(0, equals).trim();
    if (key === "") throw new IniSyntaxError(`empty key: ${line}`, lineNumber);
    section[key] = unquote(line.slice(equals + 1).trim(), lineNumber);
  });
  return result;
}
