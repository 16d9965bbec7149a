import { describe, expect, it } from "vitest";
import { wilsonInterval } from "./wilson.js";

const Z_95 = 1.959963984540054;

/** Second method: the Wilson bounds are the roots π of (p̂ − π)² = z²·π(1 − π)/n. */
function wilsonByQuadratic(successes: number, n: number, z: number): [number, number] {
  const estimate = successes / n;
  const a = 1 + (z * z) / n;
  const b = -(2 * estimate + (z * z) / n);
  const c = estimate * estimate;
  const root = Math.sqrt(b * b - 4 * a * c);
  return [(-b - root) / (2 * a), (-b + root) / (2 * a)];
}

describe("wilsonInterval", () => {
  it("gives [0.4902, 0.9433] for 8 of 10 at 95%", () => {
    const interval = wilsonInterval(8, 10);
    expect(interval.estimate).toBe(0.8);
    expect(interval.n).toBe(10);
    expect(interval.lower).toBeCloseTo(0.4902, 4);
    expect(interval.upper).toBeCloseTo(0.9433, 4);
    // Python with the closed form: 0.49016247153664183, 0.9433178485456247.
    expect(interval.lower).toBeCloseTo(0.49016247153664183, 12);
    expect(interval.upper).toBeCloseTo(0.9433178485456247, 12);
  });

  it.each([
    [8, 10],
    [1, 3],
    [50, 100],
    [999, 1000],
    [31_415, 100_000],
  ])("%d of %d: agrees with the roots of the score-test quadratic", (successes, n) => {
    const [lower, upper] = wilsonByQuadratic(successes, n, Z_95);
    const interval = wilsonInterval(successes, n);
    expect(interval.lower).toBeCloseTo(lower, 12);
    expect(interval.upper).toBeCloseTo(upper, 12);
  });

  it.each([
    // Python, closed form with NormalDist().inv_cdf for z.
    [1, 2, 0.99, 0.06171307677810178, 0.9382869232218982],
    [50, 100, 0.95, 0.4038315303659957, 0.5961684696340044],
    [450, 1000, 0.9, 0.4242924393094884, 0.47597738501448766],
  ])("%d of %d at confidence %d: matches the Python value", (successes, n, confidence, lower, upper) => {
    const interval = wilsonInterval(successes, n, confidence);
    expect(interval.lower).toBeCloseTo(lower, 12);
    expect(interval.upper).toBeCloseTo(upper, 12);
  });

  it("pins the bound to exactly 0 or 1 when no or every trial succeeded", () => {
    expect(wilsonInterval(0, 10)).toEqual({
      estimate: 0,
      lower: 0,
      upper: expect.closeTo(0.2775327998, 9),
      n: 10,
    });
    expect(wilsonInterval(10, 10)).toEqual({
      estimate: 1,
      lower: expect.closeTo(0.7224672001, 9),
      upper: 1,
      n: 10,
    });
  });

  it("returns the whole range [0, 1] with estimate 0 when there are no trials", () => {
    expect(wilsonInterval(0, 0)).toEqual({ estimate: 0, lower: 0, upper: 1, n: 0 });
  });

  it("widens as the confidence rises", () => {
    const at90 = wilsonInterval(8, 10, 0.9);
    const at99 = wilsonInterval(8, 10, 0.99);
    expect(at99.lower).toBeLessThan(at90.lower);
    expect(at99.upper).toBeGreaterThan(at90.upper);
  });

  it.each([
    ["successes: above n", () => wilsonInterval(11, 10)],
    ["successes: negative", () => wilsonInterval(-1, 10)],
    ["successes: a fraction", () => wilsonInterval(2.5, 10)],
    ["n: NaN", () => wilsonInterval(0, Number.NaN)],
    ["confidence: 95 instead of 0.95", () => wilsonInterval(8, 10, 95)],
    ["confidence: 1", () => wilsonInterval(8, 10, 1)],
  ])("%s is refused with a RangeError", (_name, call) => {
    expect(call).toThrow(RangeError);
  });

  it("says which argument is wrong and what was given", () => {
    expect(() => wilsonInterval(11, 10)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: wilsonInterval: successes must be an integer from 0 to 10; got 11.]`,
    );
  });
});
