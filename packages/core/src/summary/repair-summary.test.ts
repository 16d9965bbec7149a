import { describe, expect, it } from "vitest";
import { buildRepairRun } from "../testing/repair-run.js";
import { isItemRepaired, passedWithin, repairCostOf, runUsedRepair } from "./repair-outcome.js";
import { summarizeItems, summarizeRun } from "./summarize-run.js";

describe("pass@2 and the cost of repair in a run's summary", () => {
  // 10 items: 6 passed first, 4 failed first; 3 of those were repaired, 1 failed its repair too.
  const run = buildRepairRun({
    runId: "r",
    models: [
      { model: "fixer", outcomes: "111111222x" },
      { model: "stubborn", harness: "openai", outcomes: "11xxsu" },
    ],
  });

  it("counts pass@2 over the items pass@1 counts, with its Wilson interval", () => {
    const fixer = run.summary.byModel.fixer!;
    expect(fixer.passAt1!.estimate).toBe(0.6);
    expect(fixer.passAt1!.lower).toBeCloseTo(0.3127, 4);
    expect(fixer.passAt1!.upper).toBeCloseTo(0.8318, 4);
    expect(fixer.passAt2!.estimate).toBe(0.9);
    expect(fixer.passAt2!.lower).toBeCloseTo(0.5958, 4);
    expect(fixer.passAt2!.upper).toBeCloseTo(0.9821, 4);
    // status and counts stay the first answer's
    expect(fixer).toMatchObject({ items: 10, passed: 6, failed: 4 });
  });

  it("counts repaired and attempted items and sums the tokens and wall time of the repair rounds", () => {
    expect(run.summary.byModel.fixer!.repair).toEqual({
      repaired: 3,
      attempted: 4,
      extraTokens: 4 * 500,
      extraWallMs: 4 * 2000,
    });
    // stubborn: 2 repair rounds (both failed), one skipped item, one repair the harness could not make
    const stubborn = run.summary.byModel.stubborn!;
    expect(stubborn.passAt1!.estimate).toBe(0.4);
    expect(stubborn.passAt2!.estimate).toBe(0.4);
    expect(stubborn.repair).toEqual({ repaired: 0, attempted: 2, extraTokens: 1000, extraWallMs: 4000 });
  });

  it("gives the overall run and each harness pass@2 too", () => {
    expect(run.summary.passAt2!.estimate).toBeCloseTo(11 / 15, 10);
    expect(run.summary.repair).toEqual({ repaired: 3, attempted: 6, extraTokens: 3000, extraWallMs: 12_000 });
    expect(run.summary.byHarness.openai!.passAt2!.estimate).toBe(0.4);
    expect(run.summary.byHarness.ollama!.passAt2!.estimate).toBe(0.9);
  });

  it("gives every group of a repair run pass@2, even one whose items all passed first", () => {
    const mixed = buildRepairRun({
      runId: "m",
      models: [
        { model: "perfect", outcomes: "111" },
        { model: "fixer", outcomes: "12" },
      ],
    });
    expect(mixed.summary.byModel.perfect!.passAt2!.estimate).toBe(1);
    expect(mixed.summary.byModel.perfect!.repair).toEqual({
      repaired: 0,
      attempted: 0,
      extraTokens: 0,
      extraWallMs: 0,
    });
  });

  it("leaves pass@2 and the repair cost out of a run without repair, unless the plan says repair was on", () => {
    const plain = buildRepairRun({ runId: "p", models: [{ model: "m", outcomes: "11ff" }] });
    expect(plain.summary.passAt2).toBeUndefined();
    expect(plain.summary.repair).toBeUndefined();
    expect(plain.summary.byModel.m!.passAt2).toBeUndefined();
    expect(runUsedRepair(plain)).toBe(false);
    const on = summarizeRun(plain.items, { repair: true });
    expect(on.passAt2!.estimate).toBe(0.5);
    expect(on.byModel.m!.repair).toEqual({ repaired: 0, attempted: 0, extraTokens: 0, extraWallMs: 0 });
    expect(summarizeItems(run.items, { repair: false }).passAt2).toBeUndefined();
  });

  it("reads the per-item facts the summary is built from", () => {
    const [first, , , , , , repaired] = run.items;
    expect(passedWithin(first!, 1)).toBe(true);
    expect(passedWithin(repaired!, 1)).toBe(false);
    expect(passedWithin(repaired!, 2)).toBe(true);
    expect(isItemRepaired(repaired!)).toBe(true);
    expect(isItemRepaired(first!)).toBe(false);
    expect(repairCostOf(repaired!)).toEqual({ tokens: 500, wallMs: 2000 });
    expect(repairCostOf(first!)).toEqual({ tokens: 0, wallMs: 0 });
    expect(runUsedRepair(run)).toBe(true);
  });
});
