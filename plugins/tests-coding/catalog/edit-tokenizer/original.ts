// Splits a formula into tokens for the parser.
export type Token =
  | { type: "number"; value: number }
  | { type: "name"; value: string }
  | { type: "op"; value: string };

export class TokenizeError extends Error {}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (/[0-9]/.test(char)) {
      let end = i;
      while (end < source.length && /[0-9.]/.test(source[end]!)) end++;
      tokens.push({ type: "number", value: Number(source.slice(i, end)) });
      i = end;
    } else if (/[A-Za-z_]/.test(char)) {
      let end = i;
      while (end < source.length && /[A-Za-z0-9_]/.test(source[end]!)) end++;
      tokens.push({ type: "name", value: source.slice(i, end) });
      i = end;
    } else if ("+-*/()".includes(char)) {
      tokens.push({ type: "op", value: char });
      i++;
    } else {
      throw new TokenizeError(`unexpected ${char}`);
    }
  }
  return tokens;
}
