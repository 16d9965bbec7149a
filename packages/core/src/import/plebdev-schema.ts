// The parts of plebdev-bench's run.json and plan.json (schemaVersion "0.1.0") that benchloop reads.
// Objects are loose: fields plebdev-bench added later are ignored, not refused.
import { z } from "zod";

/** The plebdev-bench result schema version benchloop imports. */
export const PLEBDEV_SCHEMA_VERSION = "0.1.0";

const DateTimeSchema = z
  .string()
  .refine((value) => Number.isFinite(Date.parse(value)), "is not an ISO 8601 date-time");

const FailureRecordSchema = z.looseObject({ type: z.string(), message: z.string() });

/** One item of a plebdev-bench run. */
export const PlebdevItemSchema = z.looseObject({
  id: z.string(),
  model: z.string().min(1),
  harness: z.string().min(1),
  test: z.string().min(1),
  passType: z.enum(["blind", "informed"]),
  status: z.enum(["pending", "running", "completed", "failed"]),
  startedAt: DateTimeSchema.optional(),
  completedAt: DateTimeSchema.optional(),
  generation: z
    .looseObject({
      success: z.boolean(),
      output: z.string().optional(),
      error: z.string().optional(),
      failureType: z.string().optional(),
      durationMs: z.number().nonnegative(),
      promptTokens: z.number().int().nonnegative().optional(),
      completionTokens: z.number().int().nonnegative().optional(),
    })
    .optional(),
  generationFailure: FailureRecordSchema.optional(),
  automatedScore: z
    .looseObject({ passed: z.number().int(), failed: z.number().int(), total: z.number().int() })
    .optional(),
  scoringMetrics: z.looseObject({ durationMs: z.number() }).optional(),
  scoringFailure: FailureRecordSchema.optional(),
  frontierEval: z
    .looseObject({
      score: z.number().min(1).max(10),
      reasoning: z.string(),
      model: z.string(),
      latencyMs: z.number().optional(),
    })
    .optional(),
  frontierEvalFailure: FailureRecordSchema.extend({
    model: z.string().optional(),
    latencyMs: z.number().optional(),
  }).optional(),
});

/** A plebdev-bench run.json of schema 0.1.0. */
export const PlebdevRunSchema = z.looseObject({
  schemaVersion: z.literal(PLEBDEV_SCHEMA_VERSION),
  runId: z.string().min(1),
  startedAt: DateTimeSchema,
  completedAt: DateTimeSchema,
  durationMs: z.number().nonnegative(),
  summary: z.looseObject({
    total: z.number(),
    completed: z.number(),
    failed: z.number(),
    pending: z.number(),
  }),
  items: z.array(PlebdevItemSchema),
});

/** A plebdev-bench plan.json of schema 0.1.0 (only what import uses). */
export const PlebdevPlanSchema = z.looseObject({
  schemaVersion: z.literal(PLEBDEV_SCHEMA_VERSION),
  runId: z.string(),
  environment: z
    .looseObject({ platform: z.string().optional(), bunVersion: z.string().optional() })
    .optional(),
  config: z.record(z.string(), z.unknown()).optional(),
});

/** One item of a plebdev-bench run. */
export type PlebdevItem = z.infer<typeof PlebdevItemSchema>;
/** A plebdev-bench run.json. */
export type PlebdevRun = z.infer<typeof PlebdevRunSchema>;
/** A plebdev-bench plan.json. */
export type PlebdevPlan = z.infer<typeof PlebdevPlanSchema>;
