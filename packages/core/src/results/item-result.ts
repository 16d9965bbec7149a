// One line of items.jsonl and one entry of run.json: what happened to one item, as a fact.
import { z } from "zod";
import { PassTypeSchema } from "../config/config-schema.js";
import { GenerationSchema } from "../generation/generation.js";
import { FailureSchema } from "../score/failure.js";
import { JudgeVerdictSchema } from "../score/judge-verdict.js";
import { ScoreSchema } from "../score/score.js";
import { TimestampSchema } from "./timestamp.js";

/** What happened to an item: passed (all checks), failed (answered, checks failed), error (a stage failed), skipped. */
export const ITEM_STATUSES = ["passed", "failed", "error", "skipped"] as const;

/** Metrics derived from the generation, for tables and gates. */
export const ItemMetricsSchema = z
  .object({
    wallMs: z.number().nonnegative().describe("Item wall time: generation plus scoring."),
    ttftMs: z.number().nonnegative().optional(),
    decodeTokensPerSec: z.number().nonnegative().optional().describe("completion tokens / server eval time."),
    prefillTokensPerSec: z
      .number()
      .nonnegative()
      .optional()
      .describe("prompt tokens / server prompt eval time."),
    agentOverheadMs: z.number().optional().describe("Agents: wall minus model time."),
    replayed: z
      .object({
        fromRun: z
          .string()
          .describe("The run whose generation (and scoring) these timings were measured in."),
      })
      .strict()
      .optional()
      .describe(
        "Set when the item replays a cached generation: its timings are those measured when the generation was made, not the replay's.",
      ),
  })
  .strict();

/** Peak resource use sampled while the item ran. */
export const ItemResourcesSchema = z
  .object({
    peakRssBytes: z.number().nonnegative().optional(),
    peakVramBytes: z.number().nonnegative().optional(),
    peakSystemMemoryUsedBytes: z.number().nonnegative().optional(),
  })
  .strict();

/** Where a copied or re-scored fact came from. */
export const ProvenanceSchema = z
  .object({
    kind: z.enum(["rerun", "rescore", "import", "judge", "resume"]),
    fromRun: z.string(),
    itemKey: z.string(),
  })
  .strict();

/** Statuses a repair round can end with (a round is never skipped: it is only recorded when it ran). */
export const REPAIR_STATUSES = ["passed", "failed", "error"] as const;

/**
 * One repair round: after a failed answer, the model is shown its failing checks in a follow-up turn of the
 * same conversation and answers again; the new answer is scored like the first.
 */
export const RepairAttemptSchema = z
  .object({
    attempt: z
      .number()
      .int()
      .min(2)
      .describe("The attempt number: 2 for the first repair round (the first answer is attempt 1)."),
    status: z.enum(REPAIR_STATUSES),
    startedAt: TimestampSchema,
    endedAt: TimestampSchema,
    cache: z.enum(["hit", "miss", "off"]).default("off"),
    feedback: z
      .object({
        hash: z.string().describe("Hash of the conversation so far (the repair's cache key)."),
        artifact: z.string().optional().describe("Artifact path of the failure report sent to the model."),
        truncated: z.boolean().optional().describe("True when the report was cut to its budget."),
      })
      .strict(),
    generation: GenerationSchema.optional(),
    score: ScoreSchema.optional(),
    failure: FailureSchema.optional(),
    metrics: z.object({ wallMs: z.number().nonnegative() }).strict(),
  })
  .strict();

/** One item's result. */
export const ItemResultSchema = z
  .object({
    key: z.string(),
    hash: z.string(),
    model: z.string(),
    modelDigest: z.string().optional(),
    harness: z.string(),
    test: z.string(),
    testVersion: z.string(),
    suite: z.string().optional(),
    smoke: z
      .literal(true)
      .optional()
      .describe("Set when the test is a smoke test: the item stays out of ability scores."),
    passType: PassTypeSchema,
    repeat: z.number().int().min(1),
    status: z.enum(ITEM_STATUSES),
    startedAt: TimestampSchema,
    endedAt: TimestampSchema,
    attempts: z.number().int().min(0).default(1),
    cache: z.enum(["hit", "miss", "off"]).default("off"),
    prompt: z.object({ hash: z.string(), artifact: z.string().optional() }).strict().optional(),
    generation: GenerationSchema.optional(),
    score: ScoreSchema.optional(),
    judge: JudgeVerdictSchema.optional(),
    failure: FailureSchema.optional(),
    metrics: ItemMetricsSchema,
    resources: ItemResourcesSchema.optional(),
    artifacts: z
      .record(z.string(), z.string())
      .optional()
      .describe("Artifact name → path relative to the run folder."),
    skipReason: z.string().optional(),
    provenance: ProvenanceSchema.optional(),
    repairs: z
      .array(RepairAttemptSchema)
      .optional()
      .describe(
        "Repair rounds after a failed first answer, in order. `status`, `generation` and `score` stay those of the first answer (pass@1); absent when repair was off or not needed.",
      ),
    passedAtAttempt: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        "The attempt whose answer passed: 1 for the first answer, 2 after one repair; absent when none passed.",
      ),
    repairUnsupported: z
      .string()
      .optional()
      .describe(
        "Why a failed item got no repair round although repair was on (the harness cannot hold a conversation).",
      ),
  })
  .strict();

/** One item's result. */
export type ItemResult = z.infer<typeof ItemResultSchema>;
/** An item status. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** Where a fact came from. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
/** Derived metrics of an item. */
export type ItemMetrics = z.infer<typeof ItemMetricsSchema>;
/** One repair round of an item. */
export type RepairAttempt = z.infer<typeof RepairAttemptSchema>;
/** Peak resource use of an item. */
export type ItemResources = z.infer<typeof ItemResourcesSchema>;
