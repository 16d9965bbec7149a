// Splits a formula into tokens for the parser.
export type Token =
  | { type: "number"; value: number; offset: number }
  | { type: "name"; value: string; offset: number }
  | { type: "string"; value: string; offset: number }
  | { type: "op"; value: string; offset: number };

export class TokenizeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = "TokenizeError";
  }
}

const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", t: "\t" };

function readString(source: string, start: number): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '"') return { value, end: i + 1 };
    if (char === "\\") {
      const escaped = source[i + 1];
      if (escaped === undefined || !Object.hasOwn(ESCAPES, escaped)) {
        throw new TokenizeError(`unknown escape \\${escaped ?? ""}`, i);
      }
      value += ESCAPES[escaped];
      i += 2;
    } else {
      value += char;
      i++;
    }
  }
  throw new TokenizeError("unterminated string", source.length);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (/[0-9.]/.test(char)) {
      const match = NUMBER.exec(source.slice(i));
      if (!match) throw new TokenizeError(`malformed number`, i);
      const end = i + match[0].length;
      if (end < source.length && /[A-Za-z0-9_.]/.test(source[end]!)) {
        throw new TokenizeError(`malformed number`, i);
      }
      tokens.push({ type: "number", value: Number(match[0]), offset: i });
      i = end;
    } else if (/[A-Za-z_]/.test(char)) {
      let end = i;
      while (end < source.length && /[A-Za-z0-9_]/.test(source[end]!)) end++;
      tokens.push({ type: "name", value: source.slice(i, end), offset: i });
      i = end;
    } else if (char === '"') {
      const { value, end } = readString(source, i);
      tokens.push({ type: "string", value, offset: i });
      i = end;
    } else if ("+-*/()".includes(char)) {
      tokens.push({ type: "op", value: char, offset: i });
      i++;
    } else {
      throw new TokenizeError(`unexpected ${char}`, i);
    }
  }
  return tokens;
}
