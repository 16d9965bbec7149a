// What a scorer returns: every check it made and the overall verdict of the answer.
import { z } from "zod";
import { FailureSchema } from "./failure.js";

/** One check a scorer made, with what it expected and what it found. */
export const CheckSchema = z
  .object({
    name: z.string(),
    passed: z.boolean(),
    weight: z.number().nonnegative().optional(),
    expected: z.unknown().optional(),
    actual: z.unknown().optional(),
    error: z.string().optional(),
  })
  .strict();

/** The verdict of one scorer on one answer. */
export const ScoreSchema = z
  .object({
    scorer: z.string().describe("Scorer id."),
    scorerVersion: z.string().describe("Scorer version; part of the score cache key."),
    passed: z.boolean().describe("True when every check passed."),
    value: z.number().min(0).max(1).describe("Check pass rate, or the weighted mean of checks."),
    checks: z.array(CheckSchema),
    failure: FailureSchema.optional().describe("Why the answer could not be checked (no code, syntax …)."),
    details: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Scorer-specific facts (isolation level …)."),
  })
  .strict();

/** One check a scorer made. */
export type Check = z.infer<typeof CheckSchema>;
/** The verdict of one scorer on one answer. */
export type Score = z.infer<typeof ScoreSchema>;
