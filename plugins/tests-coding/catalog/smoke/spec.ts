// Interface as in plebdev-bench's smoke test.
import { add } from "./solution";

describe("add", () => {
  it("adds two positive integers", () => {
    expect(add(2, 3)).toBe(5);
  });

  it("adds zeros", () => {
    expect(add(0, 0)).toBe(0);
  });

  it("adds a negative and a positive number", () => {
    expect(add(-1, 1)).toBe(0);
    expect(add(10, -5)).toBe(5);
  });

  it("adds two negative numbers", () => {
    expect(add(-4, -6)).toBe(-10);
  });

  it("adds fractions", () => {
    expect(add(0.1, 0.2)).toBeCloseTo(0.3);
    expect(add(2.5, 0.25)).toBe(2.75);
  });

  it("does not depend on the order of its arguments", () => {
    expect(add(7, 35)).toBe(42);
    expect(add(35, 7)).toBe(42);
  });
});
