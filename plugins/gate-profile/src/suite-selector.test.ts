import type { ItemResult } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { createSuiteSelector, toItemSuite } from "./suite-selector.js";

function item(test: string, suite?: string): ItemResult {
  return {
    key: `m|h|${test}|blind#1`,
    hash: "h",
    model: "m",
    harness: "h",
    test,
    testVersion: "1",
    ...(suite ? { suite } : {}),
    passType: "blind",
    repeat: 1,
    status: "passed",
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt: "2026-01-01T00:00:01.000Z",
    attempts: 1,
    cache: "off",
    metrics: { wallMs: 1000 },
  };
}

const ITEMS = [
  item("live/extract-json", "live"),
  item("smoke", "coding"),
  item("legacy/app/src/a.ts/abcd1234/structure", "legacy"),
  item("legacy/old/main.py/ffff0000/summary"),
  item("calculator-basic", "plebdev"),
  item("legacy/app/src/b.ts/abcd1234/dependencies", "legacy-syntax"),
];

describe("createSuiteSelector", () => {
  it("live is every item but legacy ingestion's (legacy, legacy-syntax); legacy is suite legacy, or a legacy/ test id without a suite", () => {
    const select = createSuiteSelector({});
    const pick = (suite: string) => ITEMS.filter((i) => select(i, suite)).map((i) => i.test);
    expect(pick("all")).toHaveLength(6);
    expect(pick("legacy-syntax")).toEqual(["legacy/app/src/b.ts/abcd1234/dependencies"]);
    expect(pick("live")).toEqual(["live/extract-json", "smoke", "calculator-basic"]);
    expect(pick("legacy")).toEqual([
      "legacy/app/src/a.ts/abcd1234/structure",
      "legacy/old/main.py/ffff0000/summary",
    ]);
    expect(pick("coding")).toEqual(["smoke"]);
    expect(toItemSuite(ITEMS[3]!)).toBe("legacy");
    expect(toItemSuite(item("smoke"))).toBe("");
  });

  it("suites: a named group overrides the built-in live and legacy, and the rest follows", () => {
    const select = createSuiteSelector({ legacy: ["legacy", "plebdev"], prompts: ["live"] });
    const pick = (suite: string) => ITEMS.filter((i) => select(i, suite)).map((i) => i.test);
    expect(pick("legacy")).toHaveLength(3);
    expect(pick("live")).toEqual(["live/extract-json", "smoke"]);
    expect(pick("prompts")).toEqual(["live/extract-json"]);
  });
});
