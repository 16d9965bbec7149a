// The persisted and user-written documents whose JSON Schema ships in docs/schema/, generated from zod.
import { z } from "zod";
import { ConfigSchema } from "../config/config-schema.js";
import { JudgeReportSchema } from "../derived-runs/judge-report.js";
import { RunEventSchema } from "../events/run-event.js";
import { GenerationSchema } from "../generation/generation.js";
import { ModelInfoSchema } from "../model/model-info.js";
import { PlanSchema } from "../plan/plan-schema.js";
import { CheckpointSchema, RollbackRecordSchema } from "../promotion/checkpoint-schema.js";
import { PromotionSchema } from "../promotion/promotion.js";
import { DevCycleSummarySchema } from "../results/dev-cycle-summary.js";
import { GateReportSchema } from "../results/gate-report.js";
import { ItemResultSchema } from "../results/item-result.js";
import { RunSchema } from "../results/run-schema.js";
import { FailureSchema } from "../score/failure.js";
import { ScoreSchema } from "../score/score.js";

/** Document name → zod schema, for `docs/schema/<name>.schema.json`. */
export const SCHEMA_DOCUMENTS = {
  config: ConfigSchema,
  plan: PlanSchema,
  run: RunSchema,
  "item-result": ItemResultSchema,
  "run-event": RunEventSchema,
  "model-info": ModelInfoSchema,
  generation: GenerationSchema,
  score: ScoreSchema,
  failure: FailureSchema,
  promotion: PromotionSchema,
  checkpoint: CheckpointSchema,
  "rollback-record": RollbackRecordSchema,
  "gate-report": GateReportSchema,
  "dev-cycle-summary": DevCycleSummarySchema,
  "judge-report": JudgeReportSchema,
} as const;

/** JSON Schema documents (draft 2020-12) for every entry of {@link SCHEMA_DOCUMENTS}, as sorted text. */
export function toJsonSchemaFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMA_DOCUMENTS)) {
    // "input" describes what may be written (defaults make fields optional); config is user-written.
    const json = z.toJSONSchema(schema, {
      io: name === "config" ? "input" : "output",
      unrepresentable: "any",
    });
    files[`${name}.schema.json`] =
      `${JSON.stringify({ $id: `https://benchloop.dev/schema/${name}.schema.json`, title: name, ...json }, null, 2)}\n`;
  }
  return files;
}
