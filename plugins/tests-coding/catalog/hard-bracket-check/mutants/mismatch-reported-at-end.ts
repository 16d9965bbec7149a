export type BracketProblem = "unexpected" | "unclosed" | "unterminated-string" | "unterminated-comment";

const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

export function findBracketError(source: string): { index: number; reason: BracketProblem } | null {
  const open: number[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const next = source[i + 1];
    if (char === "/" && next === "/") {
      const end = source.indexOf("\n", i + 2);
      i = end === -1 ? source.length : end + 1;
    } else if (char === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      if (end === -1) return { index: i, reason: "unterminated-comment" };
      i = end + 2;
    } else if (char === '"' || char === "'" || char === "`") {
      const start = i;
      i += 1;
      for (;;) {
        const c = source[i];
        if (c === undefined || (c === "\n" && char !== "`"))
          return { index: start, reason: "unterminated-string" };
        if (c === "\\") {
          i += 2;
          continue;
        }
        i += 1;
        if (c === char) break;
      }
    } else if (char === "(" || char === "[" || char === "{") {
      open.push(i);
      i += 1;
    } else if (char in CLOSERS) {
      const last = open[open.length - 1];
      if (last === undefined) return { index: i, reason: "unexpected" };
      if (source[last] === CLOSERS[char]) open.pop();
      i += 1;
    } else {
      i += 1;
    }
  }
  const innermost = open[open.length - 1];
  return innermost === undefined ? null : { index: innermost, reason: "unclosed" };
}
