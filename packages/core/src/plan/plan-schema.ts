// The plan: the resolved config and the expanded list of items, written before anything runs.
import { z } from "zod";
import { ConfigSchema, PassTypeSchema } from "../config/config-schema.js";
import { EnvironmentSchema } from "../environment/environment.js";
import { ModelInfoSchema } from "../model/model-info.js";

/** Current schema version of plan.json. */
export const PLAN_SCHEMA_VERSION = 1;

/** A plugin as recorded in a plan: what was loaded, from where. */
export const PluginRecordSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    kinds: z.array(z.string()),
    origin: z.enum(["builtin", "config", "installed"]),
  })
  .strict();

/** A test as recorded in a plan. */
export const PlannedTestSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    source: z.string(),
    suite: z.string(),
    contentHash: z.string(),
    scorer: z.string(),
  })
  .strict();

/** One cell of the matrix. */
export const PlanItemSchema = z
  .object({
    key: z.string().describe("model|harness|test|passType#repeat — matches items across runs."),
    hash: z.string().describe("sha256 of everything that can change the answer; drives the cache."),
    model: z.string(),
    harness: z.string(),
    test: z.string(),
    passType: PassTypeSchema,
    repeat: z.number().int().min(1),
  })
  .strict();

/** The plan of a run. */
export const PlanSchema = z
  .object({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    runId: z.string(),
    createdAt: z.string(),
    simulated: z.boolean().default(false),
    config: ConfigSchema,
    writtenConfig: z.unknown().optional().describe("What the user wrote, before flags and defaults."),
    environment: EnvironmentSchema,
    plugins: z.array(PluginRecordSchema),
    harnesses: z
      .array(
        z
          .object({
            id: z.string(),
            version: z.string(),
            plugin: z.string(),
            config: z
              .unknown()
              .optional()
              .describe("The harness's config section, validated, with defaults; part of item hashes."),
          })
          .strict(),
      )
      .default([]),
    models: z.array(ModelInfoSchema.extend({ harness: z.string() })),
    tests: z.array(PlannedTestSchema),
    items: z.array(PlanItemSchema),
    rerun: z
      .object({
        mode: z.enum(["failed", "errors", "changed"]),
        fromRun: z.string(),
      })
      .strict()
      .optional()
      .describe("Set by `run --rerun`: items not selected are copied from `fromRun` with provenance."),
  })
  .strict();

/** A plugin as recorded in a plan. */
export type PluginRecord = z.infer<typeof PluginRecordSchema>;
/** A test as recorded in a plan. */
export type PlannedTest = z.infer<typeof PlannedTestSchema>;
/** One cell of the matrix. */
export type PlanItem = z.infer<typeof PlanItemSchema>;
/** The plan of a run. */
export type Plan = z.infer<typeof PlanSchema>;
