// Evaluates calculator input: numbers, + - * / ^ and parentheses.
export class ParseError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = "ParseError";
  }
}

export function evaluate(input: string): number {
  const tokens: { text: string; at: number }[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([-+*/^()]))/y;
  let index = 0;
  while (index < input.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(input);
    if (!match) {
      if (/^\s*$/.test(input.slice(index))) break;
      const at = index + (input.slice(index).length - input.slice(index).trimStart().length);
      throw new ParseError(`unexpected character "${input[at]}"`, at);
    }
    const text = match[1] ?? match[2]!;
    tokens.push({ text, at: pattern.lastIndex - text.length });
    index = pattern.lastIndex;
  }
  let pos = 0;
  const peek = () => tokens[pos]?.text;
  const where = () => tokens[pos]?.at ?? input.length;
  const take = () => tokens[pos++]!.text;

  function primary(): number {
    const token = peek();
    if (token === undefined) throw new ParseError("unexpected end of input", input.length);
    if (token === "(") {
      take();
      const value = sum();
      if (peek() !== ")") throw new ParseError('expected ")"', where());
      take();
      return value;
    }
    if (!/^\d/.test(token)) throw new ParseError(`unexpected "${token}"`, where());
    return Number(take());
  }

  function unary(): number {
    if (peek() === "-") {
      take();
      const operand = -primary();
      if (peek() !== "^") return operand;
      take();
      return operand ** unary();
    }
    if (peek() === "+") {
      take();
      return unary();
    }
    return power();
  }

  function power(): number {
    const base = primary();
    if (peek() !== "^") return base;
    take();
    return base ** unary();
  }

  function product(): number {
    let value = unary();
    while (peek() === "*" || peek() === "/") value = take() === "*" ? value * unary() : value / unary();
    return value;
  }

  function sum(): number {
    let value = product();
    while (peek() === "+" || peek() === "-") value = take() === "+" ? value + product() : value - product();
    return value;
  }

  const value = sum();
  if (pos < tokens.length) throw new ParseError(`unexpected "${peek()}"`, where());
  return value;
}
