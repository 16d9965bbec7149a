// run.json: the summary and every item in plan order, written atomically at the end or on interrupt.
import { z } from "zod";
import { EnvironmentSchema } from "../environment/environment.js";
import { PluginRecordSchema } from "../plan/plan-schema.js";
import { ItemResultSchema } from "./item-result.js";
import { TimestampSchema } from "./timestamp.js";

/** Current schema version of run.json (2: repair rounds; 1 is read through the migration chain). */
export const RUN_SCHEMA_VERSION = 2;

/** Counts and aggregates of a group of items (a whole run, a model, a harness). */
export const GroupSummarySchema = z
  .object({
    items: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    error: z.number().int(),
    skipped: z.number().int(),
    passAt1: z.object({ estimate: z.number(), lower: z.number(), upper: z.number() }).strict().optional(),
    passAt2: z
      .object({ estimate: z.number(), lower: z.number(), upper: z.number() })
      .strict()
      .optional()
      .describe(
        "Share of items passed by their second attempt (the first answer or one repair round), with its interval; present only when the run used repair. Not the unbiased pass@k over repeats.",
      ),
    repair: z
      .object({
        repaired: z
          .number()
          .int()
          .describe("Items that failed their first answer and passed a repair round."),
        attempted: z.number().int().describe("Items that got at least one repair round."),
        extraTokens: z.number().describe("Prompt plus completion tokens spent in repair rounds."),
        extraWallMs: z.number().describe("Wall time spent in repair rounds."),
      })
      .strict()
      .optional()
      .describe("What repair cost and bought; present only when the run used repair."),
    checkRate: z.number().optional(),
    errorsByType: z.record(z.string(), z.number().int()).default({}),
    medianWallMs: z.number().optional(),
    replayedWallItems: z
      .number()
      .int()
      .optional()
      .describe(
        "Items behind medianWallMs whose timings were replayed from the cache (measured when their generation was made); absent when none.",
      ),
    medianDecodeTokensPerSec: z.number().optional(),
  })
  .strict();

/** The summary of a run. */
export const RunSummarySchema = GroupSummarySchema.extend({
  cache: z.object({ hits: z.number().int(), misses: z.number().int() }).strict(),
  byModel: z.record(z.string(), GroupSummarySchema).default({}),
  byHarness: z.record(z.string(), GroupSummarySchema).default({}),
}).strict();

/** A run as written to run.json. */
export const RunSchema = z
  .object({
    schemaVersion: z.literal(RUN_SCHEMA_VERSION),
    runId: z.string(),
    status: z.enum(["completed", "interrupted", "failed"]),
    startedAt: TimestampSchema,
    endedAt: TimestampSchema,
    durationMs: z.number().nonnegative(),
    simulated: z.boolean().default(false),
    environment: EnvironmentSchema.optional(),
    plugins: z.array(PluginRecordSchema).default([]),
    provenance: z
      .object({
        kind: z.enum(["rerun", "rescore", "import", "judge"]),
        fromRuns: z.array(z.string()),
        tool: z.string().optional(),
      })
      .strict()
      .optional(),
    summary: RunSummarySchema,
    items: z.array(ItemResultSchema),
  })
  .strict();

/** A run. */
export type Run = z.infer<typeof RunSchema>;
/** The summary of a run. */
export type RunSummary = z.infer<typeof RunSummarySchema>;
/** The summary of a group of items. */
export type GroupSummary = z.infer<typeof GroupSummarySchema>;
