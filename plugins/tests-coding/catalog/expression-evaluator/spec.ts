import { evaluate } from "./solution";

describe("evaluate", () => {
  it("reads integers and decimals", () => {
    expect(evaluate("42")).toBe(42);
    expect(evaluate("3.25")).toBe(3.25);
    expect(evaluate(".5")).toBe(0.5);
    expect(evaluate("5.")).toBe(5);
  });

  it("adds, subtracts, multiplies and divides", () => {
    expect(evaluate("1 + 2")).toBe(3);
    expect(evaluate("7 - 10")).toBe(-3);
    expect(evaluate("6 * 7")).toBe(42);
    expect(evaluate("9 / 4")).toBe(2.25);
    expect(evaluate("7 % 4")).toBe(3);
  });

  it("evaluates minus and division from left to right", () => {
    expect(evaluate("10 - 4 - 3")).toBe(3);
    expect(evaluate("64 / 4 / 2")).toBe(8);
    expect(evaluate("20 % 7 % 4")).toBe(2);
    expect(evaluate("1 - 2 + 3")).toBe(2);
  });

  it("multiplies before adding", () => {
    expect(evaluate("1 + 2 * 3")).toBe(7);
    expect(evaluate("2 * 3 + 4 * 5 - 6 / 2")).toBe(23);
  });

  it("follows parentheses, nested and redundant", () => {
    expect(evaluate("(1 + 2) * 3")).toBe(9);
    expect(evaluate("((2 + 3) * (4 - 1)) / (5)")).toBe(3);
    expect(evaluate("(((((7)))))")).toBe(7);
  });

  it("raises to powers right-associatively, above multiplication", () => {
    expect(evaluate("2 ^ 10")).toBe(1024);
    expect(evaluate("2 ^ 3 ^ 2")).toBe(512);
    expect(evaluate("3 * 2 ^ 2")).toBe(12);
    expect(evaluate("(2 ^ 3) ^ 2")).toBe(64);
    expect(evaluate("2 ^ 0.5")).toBeCloseTo(Math.SQRT2);
  });

  it("applies unary minus and plus", () => {
    expect(evaluate("-3")).toBe(-3);
    expect(evaluate("--3")).toBe(3);
    expect(evaluate("2 * -3")).toBe(-6);
    expect(evaluate("-(2 + 3)")).toBe(-5);
    expect(evaluate("+4 - +1")).toBe(3);
    expect(evaluate("7 % 4 - -1")).toBe(4);
  });

  it("binds power tighter than a unary minus on its left", () => {
    expect(evaluate("-2 ^ 2")).toBe(-4);
    expect(evaluate("(-2) ^ 2")).toBe(4);
    expect(evaluate("2 ^ -1")).toBe(0.5);
    expect(evaluate("2 ^ -1 ^ 2")).toBe(0.5);
  });

  it("ignores whitespace between tokens", () => {
    expect(evaluate(" \t1+\n2 *3 ")).toBe(7);
    expect(evaluate("(1+2)*3")).toBe(9);
  });

  it("follows JavaScript arithmetic for division by zero", () => {
    expect(evaluate("1 / 0")).toBe(Infinity);
    expect(Number.isNaN(evaluate("0 / 0"))).toBe(true);
  });

  it("looks up variables", () => {
    expect(evaluate("price * (1 + rate)", { price: 200, rate: 0.25 })).toBe(250);
    expect(evaluate("_x1 ^ 2 - y", { _x1: 3, y: 1 })).toBe(8);
  });

  it("throws a ReferenceError naming an unknown variable", () => {
    expect(() => evaluate("x + 1")).toThrow(ReferenceError);
    expect(() => evaluate("a + missing", { a: 1 })).toThrow(/missing/);
  });

  it("does not take inherited properties for variables", () => {
    expect(() => evaluate("toString + 1")).toThrow(ReferenceError);
    expect(() => evaluate("constructor", {})).toThrow(ReferenceError);
  });

  it("throws a SyntaxError for a missing operand", () => {
    for (const bad of ["", "   ", "2 *", "* 2", "2 * * 3", "-", "1 +"]) {
      expect(() => evaluate(bad)).toThrow(SyntaxError);
    }
  });

  it("throws a SyntaxError for two operands in a row", () => {
    for (const bad of ["2 3", "2 (3)", "(1) (2)", "x y"]) {
      expect(() => evaluate(bad, { x: 1, y: 2 })).toThrow(SyntaxError);
    }
  });

  it("throws a SyntaxError for unbalanced or empty parentheses", () => {
    for (const bad of ["(2", "2)", "((1 + 2)", "()", "(1 + 2))"]) {
      expect(() => evaluate(bad)).toThrow(SyntaxError);
    }
  });

  it("throws a SyntaxError for unknown characters and malformed numbers", () => {
    for (const bad of ["2 & 3", "1.2.3", ".", "2 ** 3", "4!", "1e3"]) {
      expect(() => evaluate(bad)).toThrow(SyntaxError);
    }
  });

  it("evaluates a long expression", () => {
    const expression = Array.from({ length: 300 }, (_, i) => `${i + 1}`).join(" + ");
    expect(evaluate(expression)).toBe(45150);
    expect(evaluate(`${"(".repeat(100)}1${")".repeat(100)} * 2`)).toBe(2);
  });
});
