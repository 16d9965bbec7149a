// Reads simple `key=value` settings files.
export class IniSyntaxError extends Error {}

export function parseIni(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const [key, value] = line.split("=");
    if (value === undefined) throw new IniSyntaxError(`bad line: ${line}`);
    result[key!.trim()] = value.trim();
  }
  return result;
}
