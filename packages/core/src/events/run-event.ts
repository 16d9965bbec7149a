// The typed event stream of a run: what the progress view, NDJSON output and tests observe.
import { z } from "zod";
import { ITEM_STATUSES, REPAIR_STATUSES } from "../results/item-result.js";
import { RunSummarySchema } from "../results/run-schema.js";
import { FailureSchema, STAGES } from "../score/failure.js";

const base = { time: z.string().describe("ISO time of the event.") };

/** Every event a run emits, discriminated by `type` (`<subject>:<phase>`). */
export const RunEventSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("run:start"),
      ...base,
      runId: z.string(),
      runDir: z.string(),
      items: z.number().int(),
      pending: z.number().int(),
      simulated: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal("model:load"),
      ...base,
      model: z.string(),
      harness: z.string(),
      loadMs: z.number().optional(),
      failure: FailureSchema.optional(),
    })
    .strict(),
  z.object({ type: z.literal("model:release"), ...base, model: z.string(), harness: z.string() }).strict(),
  z.object({ type: z.literal("item:start"), ...base, key: z.string(), index: z.number().int() }).strict(),
  z.object({ type: z.literal("item:stage"), ...base, key: z.string(), stage: z.enum(STAGES) }).strict(),
  z
    .object({
      type: z.literal("item:retry"),
      ...base,
      key: z.string(),
      attempt: z.number().int(),
      delayMs: z.number(),
      failure: FailureSchema,
    })
    .strict(),
  z
    .object({
      type: z.literal("item:repair"),
      ...base,
      key: z.string(),
      attempt: z.number().int().min(2).describe("The attempt number (2 for the first repair round)."),
      status: z
        .enum(REPAIR_STATUSES)
        .optional()
        .describe("How the round ended; absent on the event that starts it."),
      cache: z.enum(["hit", "miss", "off"]).optional(),
      truncated: z.boolean().optional().describe("True when the failure report was cut to its budget."),
    })
    .strict(),
  z
    .object({
      type: z.literal("item:end"),
      ...base,
      key: z.string(),
      index: z.number().int(),
      done: z.number().int(),
      total: z.number().int(),
      status: z.enum(ITEM_STATUSES),
      cache: z.enum(["hit", "miss", "off"]),
      wallMs: z.number(),
      failureType: z.string().optional(),
      repairs: z.number().int().optional().describe("Repair rounds the item got (absent: none)."),
      passedAtAttempt: z
        .number()
        .int()
        .optional()
        .describe("The attempt whose answer passed (1: the first); absent when none did."),
    })
    .strict(),
  z.object({ type: z.literal("run:interrupt"), ...base, reason: z.string() }).strict(),
  z
    .object({
      type: z.literal("run:end"),
      ...base,
      runId: z.string(),
      status: z.enum(["completed", "interrupted", "failed"]),
      summary: RunSummarySchema,
      runDir: z.string(),
    })
    .strict(),
]);

/** An event of a run. */
export type RunEvent = z.infer<typeof RunEventSchema>;
/** The `type` of a run event. */
export type RunEventType = RunEvent["type"];
