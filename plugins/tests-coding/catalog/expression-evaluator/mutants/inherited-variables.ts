type Token =
  | { kind: "number"; value: number }
  | { kind: "name"; name: string }
  | { kind: "symbol"; symbol: string };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const char = expression[i]!;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)/.exec(expression.slice(i));
    if (number) {
      const next = expression[i + number[0].length];
      if (next === "." || (next !== undefined && /[A-Za-z_]/.test(next))) {
        throw new SyntaxError(`malformed number at position ${i}`);
      }
      tokens.push({ kind: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expression.slice(i));
    if (name) {
      tokens.push({ kind: "name", name: name[0] });
      i += name[0].length;
      continue;
    }
    if ("+-*/%^()".includes(char)) {
      tokens.push({ kind: "symbol", symbol: char });
      i += 1;
      continue;
    }
    throw new SyntaxError(`unexpected character ${JSON.stringify(char)} at position ${i}`);
  }
  return tokens;
}

export function evaluate(expression: string, variables: Record<string, number> = {}): number {
  const tokens = tokenize(expression);
  let position = 0;

  const peekSymbol = (): string | undefined => {
    const token = tokens[position];
    return token?.kind === "symbol" ? token.symbol : undefined;
  };

  // sum := product (("+" | "-") product)*
  function parseSum(): number {
    let value = parseProduct();
    for (let symbol = peekSymbol(); symbol === "+" || symbol === "-"; symbol = peekSymbol()) {
      position += 1;
      const right = parseProduct();
      value = symbol === "+" ? value + right : value - right;
    }
    return value;
  }

  // product := unary (("*" | "/" | "%") unary)*
  function parseProduct(): number {
    let value = parseUnary();
    for (
      let symbol = peekSymbol();
      symbol === "*" || symbol === "/" || symbol === "%";
      symbol = peekSymbol()
    ) {
      position += 1;
      const right = parseUnary();
      value = symbol === "*" ? value * right : symbol === "/" ? value / right : value % right;
    }
    return value;
  }

  // unary := ("-" | "+") unary | power
  function parseUnary(): number {
    const symbol = peekSymbol();
    if (symbol === "-" || symbol === "+") {
      position += 1;
      const operand = parseUnary();
      return symbol === "-" ? -operand : operand;
    }
    return parsePower();
  }

  // power := primary ("^" unary)?   (right-associative through unary → power)
  function parsePower(): number {
    const base = parsePrimary();
    if (peekSymbol() === "^") {
      position += 1;
      return base ** parseUnary();
    }
    return base;
  }

  function parsePrimary(): number {
    const token = tokens[position];
    if (!token) throw new SyntaxError("unexpected end of expression");
    position += 1;
    if (token.kind === "number") return token.value;
    if (token.kind === "name") {
      if (!(token.name in variables)) {
        throw new ReferenceError(`unknown variable "${token.name}"`);
      }
      return variables[token.name]!;
    }
    if (token.symbol === "(") {
      const value = parseSum();
      if (peekSymbol() !== ")") throw new SyntaxError("missing closing parenthesis");
      position += 1;
      return value;
    }
    throw new SyntaxError(`unexpected "${token.symbol}"`);
  }

  const value = parseSum();
  if (position < tokens.length) throw new SyntaxError("unexpected input after the expression");
  return value;
}
