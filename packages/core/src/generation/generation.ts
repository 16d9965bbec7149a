// What a harness returns for one prompt: the answer, the evidence, the tokens and the timings.
import { z } from "zod";

/** Token counts as the server reported them. */
export const TokenCountsSchema = z
  .object({
    prompt: z.number().int().nonnegative().optional(),
    completion: z.number().int().nonnegative().optional(),
    reasoning: z.number().int().nonnegative().optional(),
  })
  .strict();

/** Timings of one generation, in milliseconds. */
export const GenerationTimingSchema = z
  .object({
    wallMs: z.number().nonnegative().describe("Wall time seen by benchloop."),
    ttftMs: z.number().nonnegative().optional().describe("Time to first token (thinking or answer)."),
    loadMs: z
      .number()
      .nonnegative()
      .optional()
      .describe("Model load time the server reported for this call."),
    promptEvalMs: z.number().nonnegative().optional(),
    evalMs: z.number().nonnegative().optional(),
    modelMs: z
      .number()
      .nonnegative()
      .optional()
      .describe("Time spent in the model (agents: sum over calls)."),
  })
  .strict();

/** The answer to one prompt. */
export const GenerationSchema = z
  .object({
    text: z.string(),
    thinking: z.string().optional(),
    transcript: z
      .string()
      .optional()
      .describe("Artifact path (relative to the run folder) of the raw exchange."),
    tokens: TokenCountsSchema,
    timing: GenerationTimingSchema,
    doneReason: z.string().optional().describe("stop, length, …"),
    truncated: z.boolean().optional().describe("True when the answer or the prompt hit a limit."),
    toolCalls: z.number().int().nonnegative().optional(),
    modelCalls: z.number().int().nonnegative().optional(),
    costUsd: z.number().nonnegative().optional(),
    meta: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("Harness-specific facts (wrapper used, versions …)."),
  })
  .strict();

/** The answer to one prompt. */
export type Generation = z.infer<typeof GenerationSchema>;
/** Token counts. */
export type TokenCounts = z.infer<typeof TokenCountsSchema>;
/** Timings of one generation. */
export type GenerationTiming = z.infer<typeof GenerationTimingSchema>;
