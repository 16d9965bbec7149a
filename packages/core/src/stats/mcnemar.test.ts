import { describe, expect, it } from "vitest";
import { countPassFlips, mcnemarExact } from "./mcnemar.js";

describe("mcnemarExact", () => {
  it("gives p = 2·11/1024 = 0.021484375 for 1 pass→fail and 9 fail→pass", () => {
    // P(X ≤ 1) for X ~ Bin(10, 1/2) is (C(10,0) + C(10,1))/2^10 = 11/1024.
    expect(mcnemarExact(1, 9)).toBeCloseTo(0.021484375, 14);
    expect(mcnemarExact(1, 9)).toBeCloseTo(0.02148, 5);
  });

  it("gives p = 2/64 = 0.03125 for 0 and 6", () => {
    expect(mcnemarExact(0, 6)).toBeCloseTo(0.03125, 14);
  });

  it("gives p = 1 for equal counts and for no flips", () => {
    expect(mcnemarExact(5, 5)).toBe(1);
    expect(mcnemarExact(0, 0)).toBe(1);
    expect(mcnemarExact(4, 5)).toBe(1);
  });

  it("is symmetric in its two counts", () => {
    expect(mcnemarExact(9, 1)).toBe(mcnemarExact(1, 9));
    expect(mcnemarExact(150, 100)).toBe(mcnemarExact(100, 150));
  });

  it.each([
    // Python: exact integer sums of C(m, i) over 2^m.
    [100, 150, 0.001883300935076157],
    [1000, 1100, 0.030720707864242296],
    [49_750, 50_250, 0.11457054646555502],
    [49_000, 51_000, 2.588716038346898e-10],
  ])("b = %d, c = %d: matches exact integer arithmetic", (b, c, expected) => {
    expect(mcnemarExact(b, c) / expected).toBeCloseTo(1, 8);
  });

  it("returns 0 when the p-value is below the smallest double (0 against 1100)", () => {
    expect(mcnemarExact(0, 1100)).toBe(0);
  });

  it.each([
    ["b: negative", () => mcnemarExact(-1, 3)],
    ["c: a fraction", () => mcnemarExact(1, 2.5)],
  ])("%s is refused with a RangeError", (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe("countPassFlips", () => {
  it("counts pass→fail and fail→pass items, ignoring items that did not change", () => {
    const a = [true, true, false, false, true];
    const b = [true, false, true, false, false];
    expect(countPassFlips(a, b)).toEqual({ n: 5, passToFail: 2, failToPass: 1 });
  });

  it("refuses outcome lists of different lengths", () => {
    expect(() => countPassFlips([true], [true, false])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: countPassFlips: a and b must hold one outcome per matched item, in the same order; a has 1 and b has 2.]`,
    );
  });
});
