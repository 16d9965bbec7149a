// What an LLM judge said about one answer.
import { z } from "zod";

/** The verdict of an LLM judge, per criterion and overall. */
export const JudgeVerdictSchema = z
  .object({
    status: z.enum(["ok", "judge_error"]),
    judge: z.string().describe("Judge model name."),
    judgeDigest: z.string().optional(),
    score: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Overall score 0..1; absent when status is judge_error."),
    criteria: z
      .array(
        z
          .object({ name: z.string(), weight: z.number().nonnegative(), score: z.number().min(0).max(1) })
          .strict(),
      )
      .default([]),
    reasoning: z.string().optional(),
    error: z.string().optional(),
    latencyMs: z.number().nonnegative().optional(),
    tokens: z
      .object({ prompt: z.number().optional(), completion: z.number().optional() })
      .strict()
      .optional(),
    costUsd: z.number().nonnegative().optional(),
    cache: z.enum(["hit", "miss", "off"]).optional(),
  })
  .strict();

/** The verdict of an LLM judge. */
export type JudgeVerdict = z.infer<typeof JudgeVerdictSchema>;
