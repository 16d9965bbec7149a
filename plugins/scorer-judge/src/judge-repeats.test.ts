import { describe, expect, it } from "vitest";
import { cohensKappa, summarizeJudgeRepeats } from "./judge-repeats.js";

describe("cohensKappa", () => {
  it("is 1 for perfect agreement, 0 for chance-level, negative for systematic disagreement", () => {
    expect(
      cohensKappa([
        [true, true],
        [false, false],
      ]),
    ).toBe(1);
    expect(
      cohensKappa([
        [true, true],
        [true, false],
        [false, true],
        [false, false],
      ]),
    ).toBe(0);
    expect(
      cohensKappa([
        [true, false],
        [false, true],
      ]),
    ).toBe(-1);
    expect(cohensKappa([])).toBeUndefined();
  });

  it("matches a textbook example (observed 0.7, chance 0.5 → 0.4)", () => {
    const pairs: [boolean, boolean][] = [
      ...Array.from({ length: 20 }, () => [true, true] as [boolean, boolean]),
      ...Array.from({ length: 5 }, () => [true, false] as [boolean, boolean]),
      ...Array.from({ length: 10 }, () => [false, true] as [boolean, boolean]),
      ...Array.from({ length: 15 }, () => [false, false] as [boolean, boolean]),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10);
  });

  it("is 1 when both raters always say the same single answer", () => {
    expect(
      cohensKappa([
        [true, true],
        [true, true],
      ]),
    ).toBe(1);
  });
});

describe("summarizeJudgeRepeats", () => {
  it("reports each item's sample standard deviation, the mean and max spread, and agreement", () => {
    const reliability = summarizeJudgeRepeats(
      [
        { key: "a", scores: [0.8, 0.8, 0.8], errors: 0, checksPassed: true },
        { key: "b", scores: [0.2, 0.4, 0.6], errors: 0, checksPassed: true },
        { key: "c", scores: [0.1], errors: 2, checksPassed: false },
        { key: "d", scores: [], errors: 3, checksPassed: false },
      ],
      3,
    );
    expect(reliability.perItem.map((p) => [p.key, p.n, p.mean, p.stdDev])).toEqual([
      ["a", 3, expect.closeTo(0.8, 10), expect.closeTo(0, 10)],
      ["b", 3, expect.closeTo(0.4, 10), expect.closeTo(0.2, 10)],
      ["c", 1, 0.1, 0],
    ]);
    expect(reliability).toMatchObject({
      repeats: 3,
      items: 3,
      judgeErrors: 5,
      maxStdDev: expect.closeTo(0.2, 10),
      unstableItems: 1,
      // judge pass (mean ≥ 0.5): a yes, b no, c no; checks: yes, yes, no → 2 of 3 agree.
      agreement: { n: 3, rate: 2 / 3, kappa: expect.closeTo(0.4, 10) },
    });
    expect(reliability.meanStdDev).toBeCloseTo(0.2 / 3, 10);
  });

  it("reports variance and range per item, and the spread per suite and across the run's repeats", () => {
    const reliability = summarizeJudgeRepeats(
      [
        {
          key: "m|h|t1|blind#1",
          scores: [0.2, 0.4, 0.6],
          errors: 0,
          suite: "balanced",
          group: "m|h|t1|blind",
        },
        {
          key: "m|h|t1|blind#2",
          scores: [0.8, 0.8, 0.8],
          errors: 0,
          suite: "balanced",
          group: "m|h|t1|blind",
        },
        { key: "m|h|t2|blind#1", scores: [1, 1, 1], errors: 0, suite: "legacy", group: "m|h|t2|blind" },
        { key: "x", scores: [0.5, 0.7, 0.9], errors: 0 },
      ],
      3,
    );
    expect(reliability.perItem.map((p) => [p.key, p.variance, p.range])).toEqual([
      ["m|h|t1|blind#1", expect.closeTo(0.04, 10), expect.closeTo(0.4, 10)],
      ["m|h|t1|blind#2", 0, 0],
      ["m|h|t2|blind#1", 0, 0],
      ["x", expect.closeTo(0.04, 10), expect.closeTo(0.4, 10)],
    ]);
    // The run's two repeats of t1 have judge means 0.4 and 0.8: variance 0.08.
    expect(reliability.perRunRepeatGroup).toEqual([
      {
        key: "m|h|t1|blind",
        suite: "balanced",
        n: 2,
        errors: 0,
        mean: expect.closeTo(0.6, 10),
        variance: expect.closeTo(0.08, 10),
        stdDev: expect.closeTo(Math.sqrt(0.08), 10),
        range: expect.closeTo(0.4, 10),
      },
    ]);
    expect(reliability.perSuite.map((s) => s.suite)).toEqual(["(no suite)", "balanced", "legacy"]);
    expect(reliability.perSuite[1]).toEqual({
      suite: "balanced",
      items: 2,
      meanVariance: expect.closeTo(0.02, 10),
      meanStdDev: expect.closeTo(0.1, 10),
      maxStdDev: expect.closeTo(0.2, 10),
      unstableItems: 1,
      runRepeats: {
        groups: 1,
        meanVariance: expect.closeTo(0.08, 10),
        meanStdDev: expect.closeTo(Math.sqrt(0.08), 10),
        maxStdDev: expect.closeTo(Math.sqrt(0.08), 10),
      },
    });
    expect(reliability.perSuite[2]).toMatchObject({
      suite: "legacy",
      items: 1,
      meanVariance: 0,
      unstableItems: 0,
    });
  });
});
