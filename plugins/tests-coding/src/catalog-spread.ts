// The catalog's size and spread: how many tests there are per difficulty level, per language and per
// kind of task, so `benchloop tests check` shows what the catalog can measure and where it is thin.
import type { CodingTest } from "./coding-test.js";
import { DIFFICULTY_LEVELS, type DifficultyLevel, toDifficultyLevel } from "./difficulty.js";

/** What a test asks for: a new module (`write`) or a change to a given one (`edit`). */
export type TestKind = "write" | "edit";

/** Counts of tests by difficulty level, language and kind. */
export interface CatalogSpread {
  /** Number of tests. */
  size: number;
  /** Tests per difficulty level; every level is present, zero when none. */
  byDifficulty: Record<DifficultyLevel, number>;
  /** Tests per language, in first-seen order. */
  byLanguage: Record<string, number>;
  /** Tests per kind; both kinds are present, zero when none. */
  byKind: Record<TestKind, number>;
}

/** What {@link toTestKind} reads of a test. */
export type TestKindSubject = Pick<CodingTest, "original"> & { tags?: readonly string[] };

/**
 * The kind of a test: `edit` when it gives a module to change — its `original.ts`, or the `edit` tag
 * (a Python edit task shows its module in the prompts) — else `write`.
 */
export function toTestKind(test: TestKindSubject): TestKind {
  return test.original !== undefined || (test.tags ?? []).includes("edit") ? "edit" : "write";
}

/** Counts the tests by difficulty level, language and kind. */
export function summarizeCatalog(
  tests: readonly (Pick<CodingTest, "difficulty"> & TestKindSubject & { language: string })[],
): CatalogSpread {
  const byDifficulty = Object.fromEntries(DIFFICULTY_LEVELS.map((level) => [level, 0])) as Record<
    DifficultyLevel,
    number
  >;
  const byLanguage: Record<string, number> = {};
  const byKind: Record<TestKind, number> = { write: 0, edit: 0 };
  for (const test of tests) {
    byDifficulty[toDifficultyLevel(test.difficulty)]++;
    byLanguage[test.language] = (byLanguage[test.language] ?? 0) + 1;
    byKind[toTestKind(test)]++;
  }
  return { size: tests.length, byDifficulty, byLanguage, byKind };
}

/** One line per dimension, for a terminal: `difficulty  easy 5 · medium 3 · hard 3`. */
export function formatCatalogSpread(spread: CatalogSpread): string {
  const line = (label: string, counts: Record<string, number>) =>
    `  ${label.padEnd(11)}${Object.entries(counts)
      .map(([key, count]) => `${key} ${count}`)
      .join(" · ")}`;
  return [
    `${spread.size} tests`,
    line("difficulty", spread.byDifficulty),
    line("language", spread.byLanguage),
    line("kind", spread.byKind),
  ].join("\n");
}
