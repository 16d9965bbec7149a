import { describe, expect, it } from "vitest";
import { median, percentile } from "./percentile.js";

// Expected values worked by hand with type 7: sorted x = [1, 2, 3, 4, 10], h = (n − 1)·p/100,
// result x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). numpy.percentile gives the same numbers.
const VALUES = [10, 1, 4, 2, 3];

describe("percentile", () => {
  it.each([
    [0, 1], // h = 0
    [10, 1.4], // h = 0.4 → 1 + 0.4·(2 − 1)
    [25, 2], // h = 1
    [50, 3], // h = 2
    [95, 8.8], // h = 3.8 → 4 + 0.8·(10 − 4)
    [100, 10], // h = 4
  ])("p = %d of [10, 1, 4, 2, 3] is %d", (p, expected) => {
    expect(percentile(VALUES, p)).toBeCloseTo(expected, 12);
  });

  it.each([
    [50, 2.5], // h = 1.5 → 2 + 0.5·1
    [95, 3.85], // h = 2.85 → 3 + 0.85·1
    [33, 1.99], // h = 0.99 → 1 + 0.99·1
  ])("p = %d of [1, 2, 3, 4] is %d", (p, expected) => {
    expect(percentile([1, 2, 3, 4], p)).toBeCloseTo(expected, 12);
  });

  it("returns the only value for a single value and NaN for none", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("leaves the input in its order", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it("sorts numerically, not as strings", () => {
    expect(percentile([100, 9, 20], 50)).toBe(20);
  });

  it.each([
    ["p: above 100", () => percentile(VALUES, 101)],
    ["p: negative", () => percentile(VALUES, -1)],
    ["p: NaN", () => percentile(VALUES, Number.NaN)],
    ["values: Infinity", () => percentile([1, Number.POSITIVE_INFINITY], 50)],
  ])("%s is refused with a RangeError", (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe("median", () => {
  it("is the middle value for an odd count and the mean of the two middle ones for an even count", () => {
    expect(median(VALUES)).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("returns NaN for no values", () => {
    expect(median([])).toBeNaN();
  });
});
