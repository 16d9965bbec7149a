import { describe, expect, it } from "vitest";
import { buildRepairRun } from "../testing/repair-run.js";
import { renderCompareMarkdown } from "../text/compare-markdown.js";
import { renderCompareTable } from "../text/compare-table.js";
import { describeChange, regressedGroups } from "../text/compare-view.js";
import { compareRuns } from "./compare-runs.js";

const run = (runId: string, fixer: string, steady = "1111xxxx") =>
  buildRepairRun({
    runId,
    models: [
      { model: "fixer", outcomes: fixer },
      { model: "steady", outcomes: steady },
    ],
  });

describe("compare with repair", () => {
  // fixer: the same first answers in A and B, but B no longer repairs the 10 items A repaired.
  const a = run("a", "11111111112222222222");
  const b = run("b", "1111111111xxxxxxxxxx");
  const comparison = compareRuns({ run: a }, { run: b });
  const fixer = comparison.groups.find((g) => g.label === "fixer")!;
  const steady = comparison.groups.find((g) => g.label === "steady")!;

  it("reports pass@2 of each run with its interval and the paired difference", () => {
    expect(fixer.passAt1.a.estimate).toBe(0.5);
    expect(fixer.passAt1.b.estimate).toBe(0.5);
    expect(fixer.verdict).toBe("within noise");
    const repair = fixer.repair!;
    expect(repair.passAt2.a).toMatchObject({ estimate: 1, n: 20 });
    expect(repair.passAt2.a.lower).toBeCloseTo(0.8389, 4);
    expect(repair.passAt2.b.estimate).toBe(0.5);
    expect(repair.passAt2.delta.delta).toBeCloseTo(-0.5, 10);
    expect(repair.passAt2.delta.upper).toBeLessThan(0);
  });

  it("calls a loss of 10 repairs a regression with McNemar at the corrected level (4 tests × 3 groups)", () => {
    expect(comparison.testAlpha).toBeCloseTo(0.05 / 12, 12);
    const repair = fixer.repair!;
    expect(repair.passAt2Flips).toEqual({
      passToFail: 10,
      failToPass: 0,
      pValue: 2 / 1024,
      verdict: "regressed",
    });
    expect(repair.rate).toMatchObject({ n: 10, lost: 10, gained: 0, pValue: 2 / 1024, verdict: "regressed" });
    expect(repair.rate.a).toMatchObject({ estimate: 1, n: 10 });
    expect(repair.rate.b).toMatchObject({ estimate: 0, n: 10 });
    expect(steady.repair!.passAt2Flips.verdict).toBe("within noise");
    expect(steady.repair!.rate).toMatchObject({ n: 4, lost: 0, gained: 0, verdict: "within noise" });
    expect(comparison.regressed).toBe(true);
    expect(regressedGroups(comparison)).toEqual(["all (pass@2, repair rate)", "fixer (pass@2, repair rate)"]);
  });

  it("lists the items repaired in one run only among the top regressions, after pass flips", () => {
    expect(comparison.topRegressions).toHaveLength(10);
    expect(comparison.topRegressions[0]).toEqual({
      key: "fixer|ollama|t11|informed#1",
      kind: "repair flip",
      a: { status: "failed", checkRate: 0.5, passedAtAttempt: 2 },
      b: { status: "failed", checkRate: 0.5 },
      delta: 0,
    });
    expect(comparison.topImprovements).toEqual([]);
    expect(describeChange(comparison.topRegressions[0]!)).toBe(
      "✗ FAIL (✓ @2) → ✗ FAIL (not repaired) · check rate 50.0% → 50.0% (0.0 pp)",
    );
    const plain = compareRuns({ run: a }, { run: a });
    expect(plain.topRegressions).toEqual([]);
  });

  it("calls a few lost repairs noise, as it does for pass@1", () => {
    const noisy = compareRuns(
      { run: run("a", "1111111111222222222x") },
      { run: run("b", "11111111112222222xxx") },
    );
    const repair = noisy.groups.find((g) => g.label === "fixer")!.repair!;
    expect(repair.rate).toMatchObject({ lost: 2, gained: 0, pValue: 0.5, verdict: "within noise" });
    expect(noisy.regressed).toBe(false);
  });

  it("does not call a model whose first answers got better a repair regression", () => {
    // B passes 9 more items first; the one item both failed first is repaired in both.
    const better = compareRuns(
      { run: run("a", "11111111112222222222") },
      { run: run("b", "11111111111111111112") },
    );
    const group = better.groups.find((g) => g.label === "fixer")!;
    expect(group.passAt1.b.estimate).toBe(0.95);
    expect(group.repair!.rate).toMatchObject({ n: 1, lost: 0, gained: 0, verdict: "within noise" });
    expect(group.repair!.passAt2Flips.verdict).toBe("within noise");
  });

  it("shows the repair table and says how its verdicts were reached, in the terminal and in Markdown", () => {
    const text = renderCompareTable(comparison, { maxWidth: 40 });
    expect(text).toContain("pass@2 A → B");
    const fixerLine = text.split("\n").find((l) => l.startsWith("fixer") && l.includes("100.0% → 50.0%"))!;
    expect(fixerLine).toMatch(/100\.0% → 50\.0%\s+−50\.0 pp \[−/);
    expect(fixerLine).toContain("10/0");
    expect(fixerLine).toContain("100.0% (10 of 10) → 0.0% (0 of 10)");
    expect(fixerLine).toContain("10/0 of 10");
    expect(fixerLine).toContain("▼ regressed");
    expect(text).toContain("Bonferroni over 12 tests");
    expect(text).toContain("McNemar on the pass@2 flips and on the repair outcomes");
    const markdown = renderCompareMarkdown(comparison);
    expect(markdown).toContain("| group | n | pass@2 A → B | Δ pass@2 [95% CI] |");
    expect(markdown).toContain("repair rate is the share of items whose first answer failed");
  });

  it("leaves runs without repair (or with repair on one side only) compared as before", () => {
    const plainA = buildRepairRun({ runId: "pa", models: [{ model: "m", outcomes: "11ff" }] });
    const plainB = buildRepairRun({ runId: "pb", models: [{ model: "m", outcomes: "1fff" }] });
    const plain = compareRuns({ run: plainA }, { run: plainB });
    expect(plain.overall.repair).toBeUndefined();
    expect(plain.testAlpha).toBeCloseTo(0.05 / 4, 12);
    expect(renderCompareTable(plain, { maxWidth: 40 })).not.toContain("pass@2");
    const oneSided = compareRuns({ run: plainA }, { run: a });
    expect(oneSided.overall.repair).toBeUndefined();
  });
});
