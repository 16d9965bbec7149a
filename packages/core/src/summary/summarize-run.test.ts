import { describe, expect, it } from "vitest";
import type { ItemResult } from "../results/item-result.js";
import { summarizeItems, summarizeRun } from "./summarize-run.js";

function item(status: ItemResult["status"], overrides: Partial<ItemResult> = {}): ItemResult {
  return {
    key: `m|h|t|blind#${Math.random()}`,
    hash: "h",
    model: "m",
    harness: "h",
    test: "t",
    testVersion: "1",
    passType: "blind",
    repeat: 1,
    status,
    startedAt: "",
    endedAt: "",
    attempts: 1,
    cache: "off",
    metrics: { wallMs: 100 },
    ...overrides,
  };
}

describe("summarizeItems", () => {
  it("counts pass@1 over every item but skipped ones, with its Wilson interval", () => {
    const summary = summarizeItems([
      item("passed"),
      item("failed"),
      item("error"),
      item("skipped"),
      item("passed"),
    ]);
    expect(summary).toMatchObject({ items: 5, passed: 2, failed: 1, error: 1, skipped: 1 });
    expect(summary.passAt1!.estimate).toBe(0.5);
    expect(summary.passAt1!.lower).toBeCloseTo(0.15, 3);
    expect(summary.passAt1!.upper).toBeCloseTo(0.85, 3);
  });

  it("counts an item without a score as check rate 0 and groups failures by type", () => {
    const score = { scorer: "s", scorerVersion: "1", passed: false, value: 0.5, checks: [] };
    const summary = summarizeItems([
      item("failed", { score }),
      item("error", { failure: { stage: "generate", type: "timeout", message: "", retryable: true } }),
    ]);
    expect(summary.checkRate).toBe(0.25);
    expect(summary.errorsByType).toEqual({ timeout: 1 });
  });

  it("leaves out figures with no data", () => {
    expect(summarizeItems([item("skipped")])).toEqual({
      items: 1,
      passed: 0,
      failed: 0,
      error: 0,
      skipped: 1,
      errorsByType: {},
    });
  });
});

describe("summarizeRun", () => {
  it("adds cache counts and a summary per model and per harness, sorted by name", () => {
    const summary = summarizeRun([
      item("passed", { model: "b", cache: "hit" }),
      item("failed", { model: "a", cache: "miss" }),
    ]);
    expect(summary.cache).toEqual({ hits: 1, misses: 1 });
    expect(Object.keys(summary.byModel)).toEqual(["a", "b"]);
    expect(summary.byHarness.h!.items).toBe(2);
  });
});
