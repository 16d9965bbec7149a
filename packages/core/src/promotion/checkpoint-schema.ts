// Checkpoints of `benchloop apply` and records of `benchloop rollback`: written before a policy target
// changes, completed with the result after, so an interrupted or failed apply can always be undone.
import { z } from "zod";
import { GateStatusSchema } from "./promotion.js";

/** Version of checkpoint and rollback record files; bump on breaking changes. */
export const CHECKPOINT_SCHEMA_VERSION = 1;

/** A key's value as held by a target; null when the target lacks the key (or holds null, see `*Null`). */
const HeldValueSchema = z.string().nullable();

/** Keys that held an explicit null (a JSON or YAML `null`) rather than being absent. */
const NullKeysSchema = z.array(z.string());

/** The policy target a checkpoint is about, enough to reach it again (never a secret). */
export const CheckpointTargetSchema = z
  .object({
    id: z.string().describe("Policy target component id, e.g. `file`, `http`."),
    plugin: z.string().describe("Package that registered the component."),
    pluginVersion: z.string().optional(),
    uri: z.string().describe("Canonical target: `file:/abs/path.yaml` or an http(s) URL."),
    options: z.record(z.string(), z.unknown()).describe("Target options as validated (no secrets)."),
    label: z.string().describe("The target in words."),
  })
  .strict();

/** The policy target a checkpoint is about. */
export type CheckpointTarget = z.infer<typeof CheckpointTargetSchema>;

/** An error recorded in a checkpoint or rollback record. */
const RecordedErrorSchema = z.object({ code: z.string(), message: z.string() }).strict();

/** One profile of the promotion and where it went. */
export const CheckpointAssignmentSchema = z
  .object({
    profile: z.string(),
    key: z.string().describe("Target key the profile maps to (the profile name unless mapped)."),
    model: z.string().nullable().describe("Model name applied; null when the gate promoted none."),
    skipped: z.string().optional().describe("Why the profile was not applied."),
  })
  .strict();

/** One profile of the promotion and where it went. */
export type CheckpointAssignment = z.infer<typeof CheckpointAssignmentSchema>;

/** A file written by `benchloop apply` before it changes a policy target. */
export const CheckpointSchema = z
  .object({
    schemaVersion: z.literal(CHECKPOINT_SCHEMA_VERSION),
    kind: z.literal("checkpoint"),
    createdAt: z.string().describe("ISO-8601 UTC time the checkpoint was written (before the change)."),
    target: CheckpointTargetSchema,
    source: z
      .object({
        file: z.string().optional().describe("The gate.json or dev-cycle summary applied."),
        gateHash: z.string(),
        sourceRunIds: z.array(z.string()),
        status: GateStatusSchema.describe("The gate's outcome when it was applied."),
        blockers: z.array(z.string()),
        policy: z.string().optional(),
        promotionCreatedAt: z.string(),
        simulated: z
          .boolean()
          .optional()
          .describe("True when the promotion was built on simulated runs (applied with --allow-simulated)."),
      })
      .strict(),
    forced: z.boolean().describe("True when applied with --force over a gate that did not pass."),
    assignments: z.array(CheckpointAssignmentSchema),
    previous: z
      .record(z.string(), HeldValueSchema)
      .describe("What the target held for each key before the apply (null: key absent or null)."),
    previousNull: NullKeysSchema.optional().describe(
      "Keys that held an explicit null before the apply; rollback sets them back to null instead of removing them.",
    ),
    next: z.record(z.string(), z.string()).describe("What the apply sets, per key."),
    result: z
      .object({
        status: z
          .enum(["pending", "applied", "failed", "interrupted"])
          .describe(
            "`pending` until the target answers: a crash mid-apply leaves it pending; Ctrl-C records `interrupted`.",
          ),
        finishedAt: z.string().optional(),
        applied: z.record(z.string(), z.string()).optional().describe("What the target held after."),
        detail: z.string().optional(),
        error: RecordedErrorSchema.optional(),
      })
      .strict(),
    rollbacks: z
      .array(
        z
          .object({
            at: z.string(),
            record: z.string().describe("Rollback record file."),
            status: z.enum(["restored", "failed", "interrupted"]),
            forced: z.boolean(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** A checkpoint file. */
export type Checkpoint = z.infer<typeof CheckpointSchema>;

/** A file written by `benchloop rollback` before it restores a policy target. */
export const RollbackRecordSchema = z
  .object({
    schemaVersion: z.literal(CHECKPOINT_SCHEMA_VERSION),
    kind: z.literal("rollback"),
    createdAt: z.string(),
    checkpoint: z.string().describe("The checkpoint rolled back."),
    target: CheckpointTargetSchema,
    forced: z.boolean().describe("True when restored with --force over drift."),
    drift: z
      .array(z.object({ key: z.string(), expected: HeldValueSchema, found: HeldValueSchema }).strict())
      .describe("Keys that no longer held what the checkpoint applied."),
    before: z.record(z.string(), HeldValueSchema).describe("What the target held before the rollback."),
    restore: z
      .record(z.string(), HeldValueSchema)
      .describe("What the rollback sets, per key (null: the key is removed, unless in `restoreNull`)."),
    restoreNull: NullKeysSchema.optional().describe(
      "Keys the rollback sets back to an explicit null (they held null before the apply).",
    ),
    result: z
      .object({
        status: z.enum(["pending", "restored", "failed", "interrupted"]),
        finishedAt: z.string().optional(),
        restored: z.record(z.string(), z.string()).optional(),
        detail: z.string().optional(),
        error: RecordedErrorSchema.optional(),
      })
      .strict(),
  })
  .strict();

/** A rollback record file. */
export type RollbackRecord = z.infer<typeof RollbackRecordSchema>;
