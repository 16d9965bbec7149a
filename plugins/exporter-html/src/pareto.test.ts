import { describe, expect, it } from "vitest";
import { paretoFrontier } from "./pareto.js";

describe("paretoFrontier", () => {
  it("keeps the points no other point beats on both latency and quality, ordered by latency", () => {
    const points = [
      { latency: 10, quality: 0.9 }, // slow, best
      { latency: 2, quality: 0.5 }, // fast, fair
      { latency: 5, quality: 0.4 }, // dominated by the fast one
      { latency: 1, quality: 0.1 }, // fastest
      { latency: 10, quality: 0.8 }, // dominated by the slow best
    ];
    expect(paretoFrontier(points)).toEqual([3, 1, 0]);
  });

  it("keeps ties on both axes together", () => {
    expect(
      paretoFrontier([
        { latency: 1, quality: 1 },
        { latency: 1, quality: 1 },
      ]),
    ).toEqual([0, 1]);
  });
});
