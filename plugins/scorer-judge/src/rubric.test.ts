import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { OVERALL_CRITERION, parseRubric } from "./rubric.js";

describe("parseRubric", () => {
  it("reads `- name (weight N): description` bullets in order", () => {
    const criteria = parseRubric(
      "# Rubric: x\n\n- Correctness (weight 5): right answers.\n- **Division by zero** (weight 2): `Infinity`.\n* Types (weight 0.5): no `any`.",
    );
    expect(criteria).toEqual([
      { id: "correctness", name: "Correctness", weight: 5, description: "right answers." },
      { id: "division_by_zero", name: "Division by zero", weight: 2, description: "`Infinity`." },
      { id: "types", name: "Types", weight: 0.5, description: "no `any`." },
    ]);
  });

  it("gives criteria with the same name distinct ids", () => {
    const ids = parseRubric("- Style (weight 1): a\n- style (weight 1): b").map((c) => c.id);
    expect(ids).toEqual(["style", "style_2"]);
  });

  it("falls back to one overall criterion without a rubric or weighted bullets", () => {
    expect(parseRubric(undefined)).toEqual([OVERALL_CRITERION]);
    expect(parseRubric("Judge the answer.\n- be fair")).toEqual([OVERALL_CRITERION]);
    expect(parseRubric("- Unused (weight 0): nothing")).toEqual([OVERALL_CRITERION]);
  });

  it("reads every rubric of the built-in coding catalog", async () => {
    const catalog = new URL("../../tests-coding/catalog/", import.meta.url);
    // Family folders (`family-*`) hold a generator's seeds; their rubrics are generated.
    const folders = (await readdir(catalog)).filter((name) => !name.startsWith("family-"));
    expect(folders.length).toBeGreaterThan(100);
    for (const test of folders) {
      const text = await readFile(new URL(`${test}/rubric.md`, catalog), "utf8");
      const bullets = text.split("\n").filter((line) => line.startsWith("- ")).length;
      const criteria = parseRubric(text);
      expect(criteria.length, test).toBe(bullets);
      expect(
        criteria.every((c) => c.weight > 0 && c.description.length > 0),
        test,
      ).toBe(true);
    }
  });
});
