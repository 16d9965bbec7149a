import { describe, expect, it } from "vitest";
import { logBinomial, logGamma } from "./log-gamma.js";

describe("logGamma", () => {
  // Expected values from Python's math.lgamma.
  it.each([
    [0.5, 0.5723649429247004],
    [1, 0],
    [2, 0],
    [3.5, 1.2009736023470738],
    [10, 12.801827480081467],
    [1e-5, 11.512919692895824],
    [100_001, 1051299.221899122],
  ])("ln Γ(%d) = %d", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 9);
  });

  it("refuses zero and negative arguments", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => logGamma(-2)).toThrow(RangeError);
  });
});

describe("logBinomial", () => {
  it("matches small binomial coefficients exactly enough to round to them", () => {
    expect(Math.exp(logBinomial(10, 3))).toBeCloseTo(120, 9);
    expect(Math.exp(logBinomial(52, 5))).toBeCloseTo(2_598_960, 4);
    expect(logBinomial(7, 0)).toBe(0);
    expect(logBinomial(7, 7)).toBe(0);
  });

  it("stays finite for C(100000, 50000) (Python: 69308.73579940945)", () => {
    expect(logBinomial(100_000, 50_000)).toBeCloseTo(69308.73579940945, 7);
  });
});
