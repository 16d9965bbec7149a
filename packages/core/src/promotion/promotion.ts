// A promotion: the gate's decision of one model per role profile, in the shape `benchloop apply` reads.
// Gate reports (`gate.json`) and dev-cycle summaries (`dev-cycle-summary.json`) both embed one.
import { z } from "zod";

/** Version of the promotion block; bump on breaking changes. */
export const PROMOTION_SCHEMA_VERSION = 1;

/** The outcome of a gate: `passed` may be applied; `blocked` and `failed` need `--force`. */
export const GateStatusSchema = z.enum(["passed", "blocked", "failed"]);

/** The outcome of a gate. */
export type GateStatus = z.infer<typeof GateStatusSchema>;

/** One profile's decision. `model` is null when no candidate passed. */
export const PromotionAssignmentSchema = z
  .object({
    profile: z.string().min(1).describe("Role profile name, e.g. `balanced`."),
    role: z.string().describe("What the profile is for, in words."),
    model: z.string().min(1).nullable().describe("Recommended model name; null when none passed."),
    compositeScore: z.number().optional(),
    reason: z.string().optional().describe("Why this model was promoted (or why none was)."),
  })
  .strict();

/** One profile's decision. */
export type PromotionAssignment = z.infer<typeof PromotionAssignmentSchema>;

/** The decision `benchloop apply` applies: a model per profile, the gate outcome and its provenance. */
export const PromotionSchema = z
  .object({
    schemaVersion: z.literal(PROMOTION_SCHEMA_VERSION),
    status: GateStatusSchema,
    blockers: z
      .array(z.string())
      .default([])
      .describe("Why the gate is blocked or failed, one line each (the blocking alerts)."),
    gateHash: z.string().describe("sha256 of the canonical JSON of the gate report it came from."),
    sourceRunIds: z.array(z.string()).describe("Run ids the decision is based on."),
    simulated: z
      .boolean()
      .optional()
      .describe(
        "True when a source run was answered by a simulator (ollama-sim): `benchloop apply` refuses it unless --allow-simulated.",
      ),
    policy: z.string().optional().describe("Policy name or file the gate used."),
    createdAt: z.string().describe("ISO-8601 UTC time of the decision."),
    assignments: z.array(PromotionAssignmentSchema),
  })
  .strict();

/** The decision `benchloop apply` applies. */
export type Promotion = z.infer<typeof PromotionSchema>;
