import { describe, expect, it } from "vitest";
import { summarize } from "./summarize.js";

describe("summarize", () => {
  it("gives count, mean, type 7 median and 95th percentile, min and max", () => {
    // Sorted: 0.5, 3.25, 7, 7, 12.5, 18.75, 42, 100. Median h = 3.5 → (7 + 12.5)/2;
    // p95 h = 6.65 → 42 + 0.65·58 = 79.7 (numpy: 79.69999999999996).
    const summary = summarize([12.5, 3.25, 7, 7, 0.5, 100, 42, 18.75]);
    expect(summary).toEqual({
      n: 8,
      mean: 23.875,
      median: 9.75,
      p95: expect.closeTo(79.7, 10),
      min: 0.5,
      max: 100,
    });
  });

  it("reports n 0 and NaN for everything else when there are no values", () => {
    expect(summarize([])).toEqual({
      n: 0,
      mean: Number.NaN,
      median: Number.NaN,
      p95: Number.NaN,
      min: Number.NaN,
      max: Number.NaN,
    });
  });

  it("refuses a value that is not finite", () => {
    expect(() => summarize([1, Number.NaN])).toThrow(RangeError);
  });
});
