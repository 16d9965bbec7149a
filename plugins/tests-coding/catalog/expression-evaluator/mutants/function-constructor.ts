export function evaluate(expression: string, variables: Record<string, number> = {}): number {
  if (!/^[\d\s.+\-*/%^()A-Za-z_]*$/.test(expression) || expression.trim() === "") {
    throw new SyntaxError(`invalid expression: ${expression}`);
  }
  const source = expression.replace(/\^/g, "**").replace(/[A-Za-z_][A-Za-z0-9_]*/g, (name) => {
    if (!Object.hasOwn(variables, name)) throw new ReferenceError(`unknown variable "${name}"`);
    return `(${variables[name]})`;
  });
  return Function(`"use strict"; return (${source});`)() as number;
}
