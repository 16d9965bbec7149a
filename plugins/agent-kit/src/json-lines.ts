// Reads the JSON events an agent CLI prints one per line, keeping the lines that are not JSON apart.

/** The events of a JSON-lines output, and the other lines. */
export interface JsonLines {
  events: Record<string, unknown>[];
  otherLines: string[];
}

/** Splits output into JSON object lines and other non-empty lines. */
export function parseJsonLines(output: string): JsonLines {
  const events: Record<string, unknown>[] = [];
  const otherLines: string[] = [];
  for (const raw of output.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    if (line.startsWith("{")) {
      try {
        const value = JSON.parse(line) as unknown;
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
          events.push(value as Record<string, unknown>);
          continue;
        }
      } catch {
        // Not a whole JSON object: kept as text.
      }
    }
    otherLines.push(line);
  }
  return { events, otherLines };
}

/** The value at a dotted path of a JSON object (`part.tokens.input`), or undefined. */
export function pick(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
