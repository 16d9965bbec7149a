import { describe, expect, it } from "vitest";
import { passAt1, passAtK, passHatK } from "./pass-at-k.js";
import { wilsonInterval } from "./wilson.js";

/** C(n, k) as an exact product, fine for the small n used here. */
function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

describe("passAt1", () => {
  it("is the share of passed outcomes with its Wilson interval", () => {
    const outcomes = [true, true, false, true, true, true, false, true, true, true];
    expect(passAt1(outcomes)).toEqual(wilsonInterval(8, 10));
    expect(passAt1(outcomes, 0.9)).toEqual(wilsonInterval(8, 10, 0.9));
  });

  it("returns estimate 0 and the interval [0, 1] for no outcomes", () => {
    expect(passAt1([])).toEqual({ estimate: 0, lower: 0, upper: 1, n: 0 });
  });
});

describe("passAtK", () => {
  it("gives 0.3 for 3 of 10 passing at k = 1", () => {
    expect(passAtK(10, 3, 1)).toBeCloseTo(0.3, 15);
  });

  it("gives 1 − C(7,5)/C(10,5) = 0.91666… for 3 of 10 passing at k = 5", () => {
    expect(passAtK(10, 3, 5)).toBeCloseTo(1 - binomial(7, 5) / binomial(10, 5), 15);
    expect(passAtK(10, 3, 5)).toBeCloseTo(11 / 12, 15);
  });

  it("equals c/n at k = 1 for every c", () => {
    for (let c = 0; c <= 20; c++) expect(passAtK(20, c, 1)).toBeCloseTo(c / 20, 14);
  });

  it("is 1 when too few attempts failed to fill k, and 0 when none passed", () => {
    expect(passAtK(10, 9, 5)).toBe(1);
    expect(passAtK(10, 0, 5)).toBe(0);
  });

  it.each([
    // Python: float(1 − Fraction(comb(n − c, k), comb(n, k))).
    [100_000, 30_000, 10, 0.9717579227305739],
    [100_000, 5, 1000, 0.049010910724489216],
  ])("n = %d, c = %d, k = %d: matches exact rational arithmetic", (n, c, k, expected) => {
    expect(passAtK(n, c, k)).toBeCloseTo(expected, 12);
  });

  it.each([
    ["k: 0", () => passAtK(10, 3, 0)],
    ["k: above n", () => passAtK(10, 3, 11)],
    ["c: above n", () => passAtK(10, 11, 1)],
    ["n: 0", () => passAtK(0, 0, 1)],
  ])("%s is refused with a RangeError", (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe("passHatK", () => {
  it.each([
    [10, 3, 1, 0.3],
    [10, 3, 2, binomial(3, 2) / binomial(10, 2)],
    [10, 7, 3, binomial(7, 3) / binomial(10, 3)],
  ])("n = %d, c = %d, k = %d: equals C(c,k)/C(n,k)", (n, c, k, expected) => {
    expect(passHatK(n, c, k)).toBeCloseTo(expected, 14);
  });

  it("is 0 when fewer than k attempts passed and 1 when all did", () => {
    expect(passHatK(10, 2, 3)).toBe(0);
    expect(passHatK(10, 10, 10)).toBe(1);
  });

  it.each([
    // Python: float(Fraction(comb(c, k), comb(n, k))).
    [100_000, 99_000, 50, 0.6049311850717303],
    [100_000, 50_000, 200, 5.098042432328556e-61],
  ])("n = %d, c = %d, k = %d: matches exact rational arithmetic", (n, c, k, expected) => {
    expect(passHatK(n, c, k) / expected).toBeCloseTo(1, 12);
  });

  it("never exceeds pass@k and falls as k grows", () => {
    for (let k = 1; k <= 10; k++) {
      expect(passHatK(10, 6, k)).toBeLessThanOrEqual(passAtK(10, 6, k));
      if (k > 1) expect(passHatK(10, 6, k)).toBeLessThanOrEqual(passHatK(10, 6, k - 1));
    }
  });
});
