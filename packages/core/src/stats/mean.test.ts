import { describe, expect, it } from "vitest";
import { mean } from "./mean.js";

describe("mean", () => {
  it("averages the values", () => {
    expect(mean([12.5, 3.25, 7, 7, 0.5, 100, 42, 18.75])).toBe(23.875);
  });

  it("keeps small values that naive summation loses next to large ones", () => {
    expect(mean([1e16, 1, -1e16])).toBeCloseTo(1 / 3, 15);
    expect(mean(new Array<number>(10).fill(0.1))).toBe(0.1);
  });

  it("returns NaN for no values", () => {
    expect(mean([])).toBeNaN();
  });

  it("refuses a value that is not finite, naming its index", () => {
    expect(() => mean([1, Number.NaN])).toThrow(/values\[1\] is NaN/);
  });
});
