// The catalog's spread: counts per difficulty level, language and kind, and the text `tests check` prints.
import { describe, expect, it } from "vitest";
import { formatCatalogSpread, summarizeCatalog } from "./catalog-spread.js";
import { toDifficultyLevel, toDifficultyRank } from "./difficulty.js";
import { loadCatalog } from "./load-catalog.js";

describe("summarizeCatalog", () => {
  it("counts tests per difficulty level, language and kind, listing empty levels and kinds as zero", () => {
    const spread = summarizeCatalog([
      { difficulty: 1, language: "typescript" },
      { difficulty: 4, language: "typescript", original: "export {};" },
      { difficulty: "hard", language: "typescript", original: "export {};" },
      { difficulty: "medium", language: "python" },
      { difficulty: "medium", language: "python", tags: ["python", "edit", "bug-fix"] },
    ]);
    expect(spread).toEqual({
      size: 5,
      byDifficulty: { easy: 1, medium: 2, hard: 2 },
      byLanguage: { typescript: 3, python: 2 },
      byKind: { write: 2, edit: 3 },
    });
    expect(summarizeCatalog([]).byDifficulty).toEqual({ easy: 0, medium: 0, hard: 0 });
  });

  it("counts the shipped catalog's edit tasks, TypeScript and Python, as edits", async () => {
    const tests = await loadCatalog();
    const spread = summarizeCatalog(tests);
    expect(spread.size).toBe(tests.length);
    const edits = tests.filter((test) => /^(?:py-)?edit-/.test(test.id));
    expect(edits.filter((test) => test.language === "python").length).toBeGreaterThanOrEqual(10);
    expect(spread.byKind.edit).toBe(edits.length);
    expect(spread.byDifficulty.easy + spread.byDifficulty.medium + spread.byDifficulty.hard).toBe(
      tests.length,
    );
  });
});

describe("formatCatalogSpread", () => {
  it("prints the size and one line per dimension", () => {
    const text = formatCatalogSpread(
      summarizeCatalog([
        { difficulty: "easy", language: "typescript" },
        { difficulty: 5, language: "typescript", original: "x" },
      ]),
    );
    expect(text).toBe(
      [
        "2 tests",
        "  difficulty easy 1 · medium 0 · hard 1",
        "  language   typescript 2",
        "  kind       write 1 · edit 1",
      ].join("\n"),
    );
  });
});

describe("difficulty", () => {
  it("reads ranks as levels and levels as ranks, round-tripping the levels", () => {
    expect([1, 2, 3, 4, 5].map((rank) => toDifficultyLevel(rank))).toEqual([
      "easy",
      "easy",
      "medium",
      "hard",
      "hard",
    ]);
    for (const level of ["easy", "medium", "hard"] as const) {
      expect(toDifficultyLevel(toDifficultyRank(level))).toBe(level);
    }
  });
});
