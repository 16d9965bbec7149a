// The compare view says when there are not enough items to separate two runs, instead of a verdict.

import { describe, expect, it } from "vitest";
import { compareRuns } from "../compare/compare-runs.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { summarizeRun } from "../summary/summarize-run.js";
import { renderCompareMarkdown } from "./compare-markdown.js";
import { renderCompareTable } from "./compare-table.js";
import { describeSeparability, toGroupRow } from "./compare-view.js";

/** A run of `n` items of one model where the first `passed` pass. */
function toRun(runId: string, n: number, passed: number): Run {
  const items = Array.from({ length: n }, (_, i): ItemResult => {
    const ok = i < passed;
    return {
      key: `m|ollama|t${i}|blind#1`,
      hash: "h",
      model: "m",
      harness: "ollama",
      test: `t${i}`,
      testVersion: "1",
      passType: "blind",
      repeat: 1,
      status: ok ? "passed" : "failed",
      startedAt: "2026-03-01T00:00:00.000Z",
      endedAt: "2026-03-01T00:00:01.000Z",
      attempts: 1,
      cache: "off",
      metrics: { wallMs: 1000 },
      generation: { text: "answer", tokens: {}, timing: { wallMs: 900 } },
      score: { scorer: "code", scorerVersion: "1", passed: ok, value: ok ? 1 : 0, checks: [] },
    };
  });
  return {
    schemaVersion: 2,
    runId,
    status: "completed",
    startedAt: "2026-03-01T00:00:00.000Z",
    endedAt: "2026-03-01T01:00:00.000Z",
    durationMs: 3_600_000,
    simulated: true,
    plugins: [],
    summary: summarizeRun(items),
    items,
  };
}

describe("describeSeparability", () => {
  it("says 22 items with two flips are not enough to separate A and B", () => {
    const comparison = compareRuns({ run: toRun("a", 22, 11) }, { run: toRun("b", 22, 13) }, { groupBy: [] });
    expect(toGroupRow(comparison.overall).at(-1)).toBe("? not enough items");
    const text = describeSeparability(comparison);
    expect(text).toBe(
      "Not enough items to separate A and B: no pass@1 difference is detectable with 22 paired item(s) (80% power at α 0.025, 2 of 22 items flipped); the observed Δ pass@1 +9.1 pp is not a ranking. Compare on more tests or repeats.",
    );
    expect(renderCompareTable(comparison, { maxWidth: 40 })).toContain(`? ${text}`);
    expect(renderCompareMarkdown(comparison)).toContain(`> ${text}`);
  });

  it("counts no flips as one when 12 items agree everywhere", () => {
    const comparison = compareRuns({ run: toRun("a", 12, 12) }, { run: toRun("b", 12, 12) }, { groupBy: [] });
    expect(describeSeparability(comparison)).toContain(
      "(80% power at α 0.025, no item flipped, counted as one)",
    );
  });

  it("says nothing when the runs are alike on many items or clearly differ", () => {
    const alike = compareRuns({ run: toRun("a", 400, 200) }, { run: toRun("b", 400, 200) }, { groupBy: [] });
    expect(describeSeparability(alike)).toBeUndefined();
    expect(toGroupRow(alike.overall).at(-1)).toBe("= within noise");
    const apart = compareRuns({ run: toRun("a", 60, 10) }, { run: toRun("b", 60, 40) }, { groupBy: [] });
    expect(describeSeparability(apart)).toBeUndefined();
    expect(toGroupRow(apart.overall).at(-1)).toBe("▲ improved");
  });
});
