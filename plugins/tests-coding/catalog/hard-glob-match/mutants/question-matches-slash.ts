const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

function literal(char: string): string {
  return char.replace(REGEX_SPECIAL, "\\$&");
}

/** The regular-expression source of a glob pattern. */
function toRegexSource(pattern: string): string {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] as string;
    if (char === "\\") {
      out += literal(pattern[i + 1] ?? "\\");
      i += 2;
    } else if (char === "*") {
      if (pattern[i + 1] === "*") {
        const startsSegment = i === 0 || pattern[i - 1] === "/";
        const endsSegment = i + 2 === pattern.length || pattern[i + 2] === "/";
        if (startsSegment && endsSegment) {
          if (pattern[i + 2] === "/") {
            out += "(?:[^/]*/)*";
            i += 3;
          } else {
            out += ".*";
            i += 2;
          }
          continue;
        }
        out += "[^/]*";
        i += 2;
        continue;
      }
      out += "[^/]*";
      i += 1;
    } else if (char === "?") {
      out += ".";
      i += 1;
    } else if (char === "[") {
      const end = classEnd(pattern, i);
      if (end === -1) {
        out += literal("[");
        i += 1;
        continue;
      }
      const negated = pattern[i + 1] === "!";
      const body = pattern.slice(i + (negated ? 2 : 1), end);
      const members = body.replace(/[\\\]^[]/g, "\\$&");
      out += negated ? `[^/${members}]` : `(?!/)[${members}]`;
      i = end + 1;
    } else {
      out += literal(char);
      i += 1;
    }
  }
  return out;
}

/** Index of the `]` closing the class opened at `start`, or -1. */
function classEnd(pattern: string, start: number): number {
  let j = start + 1;
  if (pattern[j] === "!") j += 1;
  if (pattern[j] === "]") j += 1;
  const end = pattern.indexOf("]", j);
  return end;
}

export function globMatch(pattern: string, path: string): boolean {
  return new RegExp(`^${toRegexSource(pattern)}$`).test(path);
}
