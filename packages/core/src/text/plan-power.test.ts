import { describe, expect, it } from "vitest";
import { describePlanPower, toPlanPower } from "./plan-power.js";

function items(models: string[], tests: number, perTest: number) {
  return models.flatMap((model) =>
    Array.from({ length: tests * perTest }, (_, i) => ({ model, test: `t${Math.floor(i / perTest)}` })),
  );
}

describe("toPlanPower", () => {
  it("counts the items one model answers and the distinct tests", () => {
    const power = toPlanPower(items(["a", "b"], 150, 2));
    expect(power.pairedItems).toBe(300);
    expect(power.tests).toBe(150);
    expect(power.perTest).toBeCloseTo(0.1015, 4);
    expect(power.byDiscordance.map((level) => level.discordance)).toEqual([0.1, 0.2, 0.3]);
    const [low, mid, high] = power.byDiscordance.map((level) => level.difference!);
    expect(low).toBeLessThan(mid!);
    expect(mid).toBeLessThan(high!);
  });

  it("finds nothing detectable for the 22 items of 11 tests at 20% discordance", () => {
    const power = toPlanPower(items(["a", "b"], 11, 2));
    expect(power.pairedItems).toBe(22);
    expect(power.byDiscordance[1]!.difference).toBeNull();
    expect(describePlanPower(power)).toMatch(/^detectable difference: none — 22 paired item\(s\)/);
  });
});

describe("describePlanPower", () => {
  it("prints the difference at 20% with 10% and 30% beside it, then the per-test figure", () => {
    const text = describePlanPower(toPlanPower(items(["a", "b"], 150, 1)));
    expect(text).toBe(
      "detectable difference: 10.1 pp of pass@1 between two models on these 150 paired items (95%, 80% power, models disagreeing on 20% of items; 10%: 7.2 pp, 30%: 12.4 pp)\n" +
        "  pass types and repeats of one test are correlated: counting only the 150 distinct tests, 10.1 pp\n",
    );
  });
});
