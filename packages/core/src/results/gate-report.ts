// gate.json, what every gate policy returns: per role profile every candidate with its metrics,
// violations, composite terms and rank, the recommendation and its margin, governance alerts, and the
// promotion block `benchloop apply` reads. Policies fill it; `gate` and `dev-cycle` write and print it.
import { z } from "zod";
import { GateStatusSchema, PromotionSchema } from "../promotion/promotion.js";
import { PASS_METRICS } from "../summary/repair-outcome.js";

/** Every metric a gate threshold can test. Times are milliseconds, VRAM is GiB (2^30 bytes). */
export const GATE_METRICS = [
  "passAt1",
  "checkRate",
  "judgeScore",
  "ability",
  "abilityPerVramGb",
  "wallP50Ms",
  "wallP95Ms",
  "wallMeanMs",
  "ttftP50Ms",
  "ttftP95Ms",
  "decodeTokensPerSec",
  "vramGb",
  "errorRate",
  "truncationRate",
  "passAt2",
] as const;

/** A metric a gate threshold can test. */
export type GateMetric = (typeof GATE_METRICS)[number];

/** Gate alert severities, least to most severe. */
export const SEVERITIES = ["info", "warning", "critical"] as const;

/** A gate alert severity. */
export type Severity = (typeof SEVERITIES)[number];

/** Version of gate.json; bump on breaking changes. */
export const GATE_REPORT_SCHEMA_VERSION = 1;

const IntervalSchema = z
  .object({ estimate: z.number(), lower: z.number(), upper: z.number(), n: z.number().int() })
  .strict();

/** What a candidate's items on one suite measure (see docs/gate-policy.md for each metric). */
export const SuiteMetricsSchema = z
  .object({
    items: z.number().int().describe("Items that ran (skipped items are not counted)."),
    passed: z.number().int(),
    failed: z.number().int(),
    error: z.number().int(),
    skipped: z.number().int(),
    passAt1: IntervalSchema.optional(),
    passAt2: IntervalSchema.optional().describe(
      "Share of items passed by their first answer or one repair round, with its Wilson interval; only when the items come from runs made with repair.",
    ),
    checkRate: IntervalSchema.optional(),
    judgeScore: IntervalSchema.optional(),
    ability: IntervalSchema.optional(),
    abilityPerVramGb: z.number().optional(),
    wallP50Ms: z.number().optional(),
    wallP95Ms: z.number().optional(),
    wallMeanMs: z.number().optional(),
    wallReplayedItems: z
      .number()
      .int()
      .optional()
      .describe(
        "Items whose wall and TTFT were replayed from the cache: timings measured when their generation was made. Absent when none.",
      ),
    ttftP50Ms: z.number().optional(),
    ttftP95Ms: z.number().optional(),
    decodeTokensPerSec: z.number().optional(),
    vramGb: z.number().optional(),
    errorRate: z.number().optional(),
    truncationRate: z.number().optional(),
  })
  .strict();

/** A threshold a candidate did not meet. `value` is null when the metric was not measured. */
export const ViolationSchema = z
  .object({
    metric: z.union([z.enum(GATE_METRICS), z.literal("items")]),
    suite: z.string(),
    bound: z.enum(["estimate", "lower", "upper"]),
    op: z.enum(["min", "max"]),
    limit: z.number(),
    value: z.number().nullable(),
    message: z.string(),
  })
  .strict();

const CompositeTermSchema = z
  .object({
    term: z.enum(["ability", "resourceEfficiency", "latency"]),
    value: z.number().nullable(),
    unit: z.string(),
    weight: z.number(),
    contribution: z.number(),
    note: z.string().optional(),
  })
  .strict();

const CompositeSchema = z
  .object({
    score: z.number(),
    ability: z.number().nullable(),
    suites: z.array(
      z
        .object({
          suite: z.string(),
          weight: z.number(),
          ability: z.number().nullable(),
          items: z.number().int(),
        })
        .strict(),
    ),
    terms: z.array(CompositeTermSchema),
  })
  .strict();

/** One candidate of one profile. */
export const CandidateResultSchema = z
  .object({
    model: z.string(),
    rank: z.number().int().min(1).describe("1 is best: passing candidates first, then by the tie-break."),
    passed: z.boolean().describe("True when the candidate met every threshold and required suite."),
    recommended: z.boolean(),
    vramGb: z.number().optional(),
    composite: CompositeSchema,
    violations: z.array(ViolationSchema),
    metrics: z.record(z.string(), SuiteMetricsSchema).describe("Metrics per suite the profile names."),
    reasons: z.array(z.string()).describe("Why promoted, or why not, one line each."),
  })
  .strict();

/** A governance alert. */
export const AlertSchema = z
  .object({
    severity: z.enum(SEVERITIES),
    code: z.enum([
      "no_passing_candidate",
      "low_composite",
      "narrow_margin",
      "noisy_margin",
      "sole_passing_candidate",
      "candidate_missing",
    ]),
    profile: z.string(),
    message: z.string(),
    blocking: z.boolean().describe("True when the policy's blockingSeverities include this severity."),
  })
  .strict();

/** The margin of the recommendation over the runner-up. */
export type Margin = z.infer<typeof MarginSchema>;

/** The margin of the recommendation over the runner-up. */
export const MarginSchema = z
  .object({
    runnerUp: z.string(),
    value: z.number().describe("Composite of the recommendation minus the runner-up's."),
    noise: z
      .object({
        delta: z.number(),
        lower: z.number(),
        upper: z.number(),
        pairs: z.number().int(),
        confidence: z.number(),
      })
      .strict()
      .nullable()
      .describe("Paired bootstrap interval of the difference; null when fewer than 2 items pair."),
    exceedsNoise: z
      .boolean()
      .describe("True when the whole interval lies above 0: the lead is larger than the noise."),
    tie: z
      .boolean()
      .describe("True when the lead is not beyond the noise: the items cannot separate the two."),
    minimum: z.number().describe("The policy's `minScoreMargin`."),
    belowMinimum: z.boolean().describe("True when `value` is below `minimum`."),
    text: z
      .string()
      .describe(
        "The margin as shown: signed, 3 decimals (2 significant digits when smaller), then ` (tie: within noise)` for a tie.",
      ),
    tieBreak: z
      .object({
        rule: z.enum(["composite", "ability", "passAt1", "passAt2", "model"]),
        recommended: z.number().nullable(),
        runnerUp: z.number().nullable(),
      })
      .strict()
      .describe("The ranking key that put the recommendation first, with both values (null for `model`)."),
  })
  .strict();

/** The outcome of one profile. */
export const ProfileResultSchema = z
  .object({
    profile: z.string(),
    role: z.string(),
    recommendation: z.string().nullable(),
    compositeScore: z.number().nullable(),
    margin: MarginSchema.nullable(),
    blocked: z.boolean(),
    requiredSuites: z.array(z.string()),
    suiteWeights: z.record(z.string(), z.number()),
    objective: z
      .object({
        ability: z.number(),
        resourceEfficiency: z.number(),
        latency: z.number(),
        abilityMetric: z.string(),
        suite: z.string().optional(),
      })
      .strict(),
    codePassAt1: z
      .object({ min: z.number(), bound: z.enum(["estimate", "lower"]) })
      .strict()
      .nullable()
      .describe(
        "The pass rate (by `passMetric`) needed on code tests; null when the required suites hold none or the rule is off.",
      ),
    passMetric: z
      .enum(PASS_METRICS)
      .default("pass@1")
      .describe(
        "The pass rate the role was judged by: `pass@1` (the first answer) or `pass@2` (the first answer or one repair round). Reports written before it existed read as pass@1.",
      ),
    candidates: z.array(CandidateResultSchema),
    alerts: z.array(AlertSchema),
  })
  .strict();

/** gate.json. */
export const GateReportSchema = z
  .object({
    schemaVersion: z.literal(GATE_REPORT_SCHEMA_VERSION),
    createdAt: z.string(),
    status: GateStatusSchema,
    simulated: z
      .boolean()
      .describe(
        "True when any run was answered by a simulator: the report is not evidence about real models.",
      ),
    policy: z
      .object({
        id: z
          .string()
          .optional()
          .describe("The gate-policy component that evaluated (`profile`, `threshold` …)."),
        name: z.string(),
        file: z.string().optional(),
        format: z.enum(["benchloop", "muninn", "default"]),
        hash: z.string().describe("sha256 of the canonical JSON of the validated policy."),
        notes: z.array(z.string()).describe("What the import of another format could not map."),
      })
      .strict(),
    runs: z.array(
      z
        .object({
          runId: z.string(),
          status: z.string(),
          simulated: z.boolean(),
          startedAt: z.string(),
          items: z.number().int(),
        })
        .strict(),
    ),
    blockingSeverities: z.array(z.enum(SEVERITIES)),
    profiles: z.array(ProfileResultSchema),
    alerts: z.array(AlertSchema).describe("Every profile's alerts, in profile order."),
    promotion: PromotionSchema.describe("The decision `benchloop apply` reads; gateHash covers the rest."),
  })
  .strict();

/** gate.json: what every gate policy returns. */
export type GateReport = z.infer<typeof GateReportSchema>;
/** One profile's outcome. */
export type ProfileResult = z.infer<typeof ProfileResultSchema>;
/** One candidate's outcome. */
export type CandidateResult = z.infer<typeof CandidateResultSchema>;
/** A governance alert. */
export type GateAlert = z.infer<typeof AlertSchema>;
/** A threshold a candidate did not meet. */
export type Violation = z.infer<typeof ViolationSchema>;
/** A candidate's metrics on one suite. */
export type SuiteMetrics = z.infer<typeof SuiteMetricsSchema>;
