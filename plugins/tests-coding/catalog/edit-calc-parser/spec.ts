import { evaluate, ParseError } from "./solution";

function positionOf(input: string): number {
  try {
    evaluate(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(/at position \d+$/);
    return (error as ParseError).position;
  }
  throw new Error(`expected "${input}" to fail`);
}

describe("evaluate", () => {
  it("reads unary minus and plus", () => {
    expect(evaluate("-3")).toBe(-3);
    expect(evaluate("2 * -3")).toBe(-6);
    expect(evaluate("--2")).toBe(2);
    expect(evaluate("-(1 + 2)")).toBe(-3);
    expect(evaluate("+4 - -1")).toBe(5);
  });
  it("makes ^ right-associative and tighter than unary minus", () => {
    expect(evaluate("2 ^ 3 ^ 2")).toBe(512);
    expect(evaluate("-2 ^ 2")).toBe(-4);
    expect(evaluate("2 ^ -1")).toBe(0.5);
    expect(evaluate("(-2) ^ 2")).toBe(4);
  });
  it("keeps precedence and division", () => {
    expect(evaluate("1 + 2 * 3 - 4 / 2")).toBe(5);
    expect(evaluate("1 / 0")).toBe(Number.POSITIVE_INFINITY);
    expect(evaluate(" 1.5*2 ")).toBe(3);
  });
  it("reports where malformed input goes wrong", () => {
    expect(positionOf("2 $ 3")).toBe(2);
    expect(positionOf("(1 + 2")).toBe(6);
    expect(positionOf("1 +")).toBe(3);
    expect(positionOf("")).toBe(0);
    expect(positionOf("1 2")).toBe(2);
    expect(positionOf("(1))")).toBe(3);
    expect(positionOf("* 2")).toBe(0);
  });
});
