// The demo's sample of the coding catalog (core's DEMO_CODING_TESTS) against the catalog the CLI ships.
import { DEMO_CODING_TESTS } from "@benchloop/core";
import { loadCatalog } from "@benchloop/tests-coding";
import { describe, expect, it } from "vitest";

describe("the demo's coding sample", () => {
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
