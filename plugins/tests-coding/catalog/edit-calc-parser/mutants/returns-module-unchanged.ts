// Evaluates calculator input: numbers, + - * / ^ and parentheses.
export class ParseError extends Error {}

export function evaluate(input: string): number {
  const tokens = input.match(/\d+(?:\.\d+)?|[-+*/^()]/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];

  function primary(): number {
    const token = take();
    if (token === "(") {
      const value = sum();
      take();
      return value;
    }
    return Number(token);
  }

  function power(): number {
    let value = primary();
    while (peek() === "^") {
      take();
      value = value ** primary();
    }
    return value;
  }

  function product(): number {
    let value = power();
    while (peek() === "*" || peek() === "/") value = take() === "*" ? value * power() : value / power();
    return value;
  }

  function sum(): number {
    let value = product();
    while (peek() === "+" || peek() === "-") value = take() === "+" ? value + product() : value - product();
    return value;
  }

  return sum();
}
