// dev-cycle-summary.json: each role profile → the recommended model, its role, the evidence from the
// gate, and a note saying why it was accepted or rejected against what is applied today.
import { z } from "zod";
import type { CurrentState } from "../promotion/current-state.js";
import { type Promotion, PromotionSchema } from "../promotion/promotion.js";
import { PASS_METRICS } from "../summary/repair-outcome.js";
import type { GateReport } from "./gate-report.js";

/** Version of dev-cycle-summary.json. */
export const DEV_CYCLE_SUMMARY_SCHEMA_VERSION = 1;

/** File name of the summary, written in the run folder. */
export const DEV_CYCLE_SUMMARY_FILE = "dev-cycle-summary.json";

const SuiteEvidenceSchema = z
  .object({
    items: z.number().int(),
    passed: z.number().int(),
    passAt1: z.number().optional(),
    passAt1Lower: z.number().optional(),
    passAt2: z
      .number()
      .optional()
      .describe("Share passed by the first answer or one repair round; only for runs made with repair."),
    passAt2Lower: z.number().optional(),
    wallP95Ms: z.number().optional(),
    decodeTokensPerSec: z.number().optional(),
    errorRate: z.number().optional(),
  })
  .strict();

/** What a recommendation means against the state applied today. */
export const DecisionSchema = z.enum(["promote", "keep", "reject"]);

const ProfileSummarySchema = z
  .object({
    profile: z.string(),
    role: z.string(),
    model: z.string().nullable().describe("The recommended model; null when no candidate passed."),
    compositeScore: z.number().nullable(),
    passMetric: z
      .enum(PASS_METRICS)
      .default("pass@1")
      .describe("The pass rate the gate judged the role by (`pass@2` counts one repair round)."),
    runnerUp: z.string().nullable(),
    margin: z.number().nullable(),
    marginBeyondNoise: z.boolean().nullable(),
    marginText: z
      .string()
      .nullable()
      .optional()
      .describe("The margin as shown (the gate report's `margin.text`); null when there is no runner-up."),
    evidence: z
      .record(z.string(), SuiteEvidenceSchema)
      .describe("The recommended model's metrics per suite."),
    reasons: z.array(z.string()).describe("The gate's reasons for the recommended model (or for none)."),
    current: z.string().nullable().describe("What the target (or the last apply) holds for this profile."),
    decision: DecisionSchema,
    note: z.string().describe("Why the recommendation was accepted or rejected against the current state."),
  })
  .strict();

/** One profile's line of the summary. */
export type ProfileSummary = z.infer<typeof ProfileSummarySchema>;

/** dev-cycle-summary.json. */
export const DevCycleSummarySchema = z
  .object({
    schemaVersion: z.literal(DEV_CYCLE_SUMMARY_SCHEMA_VERSION),
    createdAt: z.string(),
    simulated: z.boolean().describe("True when any run was made against a simulator."),
    runs: z.array(
      z.object({ runId: z.string(), dir: z.string(), reused: z.boolean(), items: z.number().int() }).strict(),
    ),
    gate: z.object({ file: z.string(), status: z.string(), hash: z.string(), policy: z.string() }).strict(),
    currentState: z
      .object({
        source: z.string().describe("Where the current state was read from."),
        held: z.record(z.string(), z.string()),
      })
      .strict()
      .nullable(),
    profiles: z.array(ProfileSummarySchema),
    promotion: PromotionSchema,
  })
  .strict();

/** dev-cycle-summary.json. */
export type DevCycleSummary = z.infer<typeof DevCycleSummarySchema>;

function decide(
  model: string | null,
  current: string | null,
  promotion: Promotion,
): { decision: ProfileSummary["decision"]; note: string } {
  const held =
    promotion.status === "passed"
      ? ""
      : ` The gate is ${promotion.status}, so \`apply\` holds it back unless forced.`;
  if (model === null)
    return {
      decision: "reject",
      note: `No candidate passed this profile's thresholds; ${current ? `${current} stays applied.` : "nothing is applied."}`,
    };
  if (current === model) return { decision: "keep", note: `${model} is already applied; nothing changes.` };
  if (current === null)
    return {
      decision: "promote",
      note: `${model} passed the gate; nothing is applied for this profile yet.${held}`,
    };
  return {
    decision: "promote",
    note: `${model} passed the gate and ranks first; it would replace ${current}.${held}`,
  };
}

function evidenceOf(report: GateReport, profile: string, model: string | null): ProfileSummary["evidence"] {
  const result = report.profiles.find((p) => p.profile === profile);
  const candidate = result?.candidates.find((c) => c.model === model);
  if (!candidate) return {};
  return Object.fromEntries(
    Object.entries(candidate.metrics).map(([suite, m]) => [
      suite,
      SuiteEvidenceSchema.parse({
        items: m.items,
        passed: m.passed,
        passAt1: m.passAt1?.estimate,
        passAt1Lower: m.passAt1?.lower,
        passAt2: m.passAt2?.estimate,
        passAt2Lower: m.passAt2?.lower,
        wallP95Ms: m.wallP95Ms,
        decodeTokensPerSec: m.decodeTokensPerSec,
        errorRate: m.errorRate,
      }),
    ]),
  );
}

/** Options of {@link buildDevCycleSummary}. */
export interface BuildSummaryOptions {
  report: GateReport;
  gateFile: string;
  runs: DevCycleSummary["runs"];
  current?: CurrentState;
  now?: Date;
}

/** Builds the summary from a gate report and the state applied today. */
export function buildDevCycleSummary(options: BuildSummaryOptions): DevCycleSummary {
  const { report, current } = options;
  const profiles = report.profiles.map((result): ProfileSummary => {
    const model = result.recommendation;
    const held = current?.held[result.profile] ?? null;
    const winner = result.candidates.find((c) => c.model === model);
    return {
      profile: result.profile,
      role: result.role,
      model,
      compositeScore: result.compositeScore,
      passMetric: result.passMetric,
      runnerUp: result.margin?.runnerUp ?? null,
      margin: result.margin?.value ?? null,
      marginBeyondNoise: result.margin?.exceedsNoise ?? null,
      marginText: result.margin?.text ?? null,
      evidence: evidenceOf(report, result.profile, model),
      reasons: winner?.reasons ?? result.alerts.map((a) => a.message),
      current: held,
      ...decide(model, held, report.promotion),
    };
  });
  return {
    schemaVersion: DEV_CYCLE_SUMMARY_SCHEMA_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    simulated: report.runs.some((r) => r.simulated),
    runs: options.runs,
    gate: {
      file: options.gateFile,
      status: report.status,
      hash: report.promotion.gateHash,
      policy: report.policy.name,
    },
    currentState: current ?? null,
    profiles,
    promotion: report.promotion,
  };
}
