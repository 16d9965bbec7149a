// The harder tasks: at least thirty folders `hard-<name>` marked `difficulty: "hard"`, each with at least four mutants.
import { describe, expect, it } from "vitest";
import { loadCatalog } from "./load-catalog.js";

describe("the hard tasks of the catalog", () => {
  it("number at least thirty, each hard with four or more mutants and an informed interface", async () => {
    const hard = (await loadCatalog()).filter((test) => test.id.startsWith("hard-"));
    expect(hard.length).toBeGreaterThanOrEqual(30);
    for (const test of hard) {
      expect({ id: test.id, difficulty: test.difficulty }).toEqual({ id: test.id, difficulty: "hard" });
      expect(test.mutants.length).toBeGreaterThanOrEqual(4);
      expect(test.prompts.informed).toContain("```ts");
    }
  });
});
