// A test's difficulty as written in `test.json`: a rank from 1 to 5 (the original catalog) or a level
// "easy" | "medium" | "hard" (newer items). Both read as one rank for sorting and `BenchTest.difficulty`
// and as one level for the catalog's spread.
import { z } from "@benchloop/core";

/** The three difficulty levels the catalog's spread is counted in. */
export const DIFFICULTY_LEVELS = ["easy", "medium", "hard"] as const;

/** A difficulty level. */
export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number];

/** `difficulty` of `test.json`: a rank 1–5 or a level. */
export const DifficultySchema = z
  .union([z.number().int().min(1).max(5), z.enum(DIFFICULTY_LEVELS)])
  .describe('1 (warm-up) to 5 (separates the strongest models), or "easy" | "medium" | "hard".');

/** `difficulty` of `test.json`. */
export type Difficulty = z.infer<typeof DifficultySchema>;

const RANK_OF_LEVEL: Record<DifficultyLevel, number> = { easy: 2, medium: 3, hard: 4 };

/** The rank 1–5 of a difficulty: a level reads as easy 2, medium 3, hard 4. */
export function toDifficultyRank(difficulty: Difficulty): number {
  return typeof difficulty === "number" ? difficulty : RANK_OF_LEVEL[difficulty];
}

/** The level of a difficulty: ranks 1–2 are easy, 3 medium, 4–5 hard. */
export function toDifficultyLevel(difficulty: Difficulty): DifficultyLevel {
  if (typeof difficulty === "string") return difficulty;
  return difficulty <= 2 ? "easy" : difficulty === 3 ? "medium" : "hard";
}
