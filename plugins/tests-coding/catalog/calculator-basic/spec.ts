// Interface as in plebdev-bench's calculator-basic test. Only a positive number divided by zero is
// checked: its prompts said "returns Infinity", and its answers split evenly between -Infinity and Infinity
// for a negative one and between NaN and Infinity for 0 / 0.
import { add, divide, multiply, subtract } from "./solution";

describe("add", () => {
  it("adds integers, negatives and zeros", () => {
    expect(add(2, 3)).toBe(5);
    expect(add(-1, 1)).toBe(0);
    expect(add(0, 0)).toBe(0);
  });

  it("adds fractions", () => {
    expect(add(0.1, 0.2)).toBeCloseTo(0.3);
  });
});

describe("subtract", () => {
  it("takes the second argument from the first", () => {
    expect(subtract(10, 4)).toBe(6);
  });

  it("goes below zero", () => {
    expect(subtract(5, 10)).toBe(-5);
    expect(subtract(-3, -3)).toBe(0);
  });

  it("subtracts fractions", () => {
    expect(subtract(1, 0.25)).toBe(0.75);
  });
});

describe("multiply", () => {
  it("multiplies integers", () => {
    expect(multiply(3, 7)).toBe(21);
  });

  it("keeps the sign of a negative factor", () => {
    expect(multiply(-2, 5)).toBe(-10);
    expect(multiply(-2, -5)).toBe(10);
  });

  it("multiplies by zero", () => {
    expect(multiply(0, 100)).toBe(0);
  });

  it("multiplies fractions", () => {
    expect(multiply(2.5, 4)).toBe(10);
  });
});

describe("divide", () => {
  it("divides evenly", () => {
    expect(divide(15, 3)).toBe(5);
  });

  it("keeps the fractional part", () => {
    expect(divide(10, 4)).toBe(2.5);
    expect(divide(1, 3)).toBeCloseTo(0.3333333);
  });

  it("divides a negative number", () => {
    expect(divide(-10, 2)).toBe(-5);
  });

  it("returns Infinity when dividing by zero", () => {
    expect(divide(1, 0)).toBe(Infinity);
    expect(divide(42, 0)).toBe(Infinity);
  });

  it("returns 0 when zero is divided", () => {
    expect(divide(0, 5)).toBe(0);
  });
});
