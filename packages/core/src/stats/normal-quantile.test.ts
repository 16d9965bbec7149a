import { describe, expect, it } from "vitest";
import { normalQuantile } from "./normal-quantile.js";

describe("normalQuantile", () => {
  // Expected values from Python's statistics.NormalDist().inv_cdf.
  it.each([
    [0.5, 0],
    [0.3, -0.5244005127080407],
    [0.6, 0.2533471031357998],
    [0.9, 1.2815515655446008],
    [0.95, 1.6448536269514715],
    [0.975, 1.9599639845400536],
    [0.995, 2.5758293035489],
    [0.9995, 3.2905267314919255],
    [1e-10, -6.361340902404056],
    [1e-300, -37.0470962993612],
  ])("P(Z ≤ z) = %d gives z = %d", (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 12);
  });

  it("refuses probabilities of 0 and 1", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});
