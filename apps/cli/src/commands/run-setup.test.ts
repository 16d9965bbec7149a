import { loadCatalog } from "@benchloop/tests-coding";
import { describe, expect, it } from "vitest";
import { DEMO_CODING_TESTS, runSetupOverrides } from "./run-setup.js";

const demo = { url: "http://127.0.0.1:11435", close: async () => undefined };

describe("runSetupOverrides", () => {
  it("gives a demo the sample of the coding catalog, and the tests the user named instead of it", () => {
    expect(runSetupOverrides({ demo: true }, demo).sources).toEqual({ coding: { tests: DEMO_CODING_TESTS } });
    expect(runSetupOverrides({ demo: true, tests: ["py-islands"] }, demo).sources).toBeUndefined();
    expect(runSetupOverrides({}).sources).toBeUndefined();
  });

  it("samples tests that exist, of every kind the catalog holds", async () => {
    const catalog = new Map((await loadCatalog()).map((test) => [test.id, test]));
    const sample = DEMO_CODING_TESTS.map((id) => catalog.get(id));
    expect(sample.every((test) => test !== undefined)).toBe(true);
    expect(new Set(sample.map((test) => test?.language))).toEqual(new Set(["typescript", "python"]));
    expect(sample.some((test) => test?.original !== undefined)).toBe(true);
    expect(sample.some((test) => test?.id.startsWith("family-"))).toBe(true);
    expect(sample.some((test) => test?.difficulty === "hard")).toBe(true);
  });
});
