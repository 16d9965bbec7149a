// The gate policy format (JSON or YAML): role profiles with candidates, required suites, thresholds,
// suite weights and an objective, plus governance. The zod schemas here are the source of truth.
import { GATE_METRICS, type GateMetric, PASS_METRICS, type PassMetric, SEVERITIES, z } from "@benchloop/core";

/** Version of the policy format; bump on breaking changes. */
export const POLICY_SCHEMA_VERSION = 1;

/** Every metric a threshold can test (core's list, shared by every gate report). */
export { GATE_METRICS, type GateMetric, SEVERITIES, type Severity } from "@benchloop/core";

/** Metrics that are means or proportions and so have a confidence interval (`bound` lower/upper). */
export const INTERVAL_METRICS: readonly GateMetric[] = [
  "passAt1",
  "checkRate",
  "judgeScore",
  "ability",
  "passAt2",
];

/** Metrics that are rates or proportions, from 0 to 1; every other metric is a non-negative amount. */
export const RATE_METRICS: readonly GateMetric[] = [
  "passAt1",
  "passAt2",
  "checkRate",
  "judgeScore",
  "ability",
  "errorRate",
  "truncationRate",
];

/** Metrics the composite may use as its ability measure. */
export const ABILITY_METRICS = ["checkRate", "passAt1", "passAt2", "judgeScore"] as const;

/** The profiles every benchloop knows, with the role each serves and its default objective. */
export const BUILTIN_PROFILES = {
  low_latency: {
    role: "Fast helper while coding: completions, small edits, structured extraction and tool calls, where waiting costs more than a slightly weaker answer.",
    suiteWeights: { live: 0.8, legacy: 0.2 },
    objective: { ability: 1, resourceEfficiency: 0.35, latency: 0.03 },
  },
  balanced: {
    role: "Everyday assistant: explanations, reviews and medium-sized changes, trading some speed for ability.",
    suiteWeights: { live: 0.55, legacy: 0.45 },
    objective: { ability: 1.1, resourceEfficiency: 0.25, latency: 0.02 },
  },
  high_reasoning: {
    role: "Deep planning and hard problems: design, debugging across files and long reasoning, where ability matters most and latency least.",
    suiteWeights: { live: 0.5, legacy: 0.5 },
    objective: { ability: 1.25, resourceEfficiency: 0.1, latency: 0.01 },
  },
} as const;

/** Names of the built-in profiles. */
export type BuiltinProfileName = keyof typeof BUILTIN_PROFILES;

const SuiteNameSchema = z
  .string()
  .min(1)
  .describe(
    "`all` (every item), `live` (every item not in the legacy suite), `legacy`, a group from the policy's `suites`, or an item suite name (`coding`, `plebdev` …).",
  );

/** One threshold: a metric on a suite with a lower and/or upper limit. */
export const ThresholdSchema = z
  .object({
    metric: z.enum(GATE_METRICS).describe("The metric tested."),
    suite: SuiteNameSchema.default("all"),
    min: z.number().finite().optional().describe("The metric must be at least this."),
    max: z.number().finite().optional().describe("The metric must be at most this."),
    bound: z
      .enum(["estimate", "lower", "upper"])
      .default("estimate")
      .describe(
        "Test the estimate or a bound of its 95% interval (Wilson for passAt1 and passAt2, bootstrap for check rate, judge score and ability).",
      ),
    missing: z
      .enum(["fail", "ignore"])
      .default("fail")
      .describe("What a candidate without this metric (no items, nothing measured) gets."),
  })
  .strict()
  .superRefine((threshold, ctx) => {
    if (threshold.min === undefined && threshold.max === undefined) {
      ctx.addIssue({ code: "custom", message: "give `min`, `max` or both", path: ["min"] });
    }
    const rate = RATE_METRICS.includes(threshold.metric);
    for (const op of ["min", "max"] as const) {
      const limit = threshold[op];
      if (limit === undefined) continue;
      if (rate && (limit < 0 || limit > 1)) {
        ctx.addIssue({
          code: "custom",
          message: `${threshold.metric} is a rate from 0 to 1, so ${op} ${limit} is impossible; write a value from 0 to 1`,
          path: [op],
        });
      } else if (!rate && limit < 0) {
        ctx.addIssue({
          code: "custom",
          message: `${threshold.metric} is never negative, so ${op} ${limit} is impossible; write 0 or more`,
          path: [op],
        });
      }
    }
    if (threshold.min !== undefined && threshold.max !== undefined && threshold.min > threshold.max) {
      ctx.addIssue({
        code: "custom",
        message: `min ${threshold.min} is above max ${threshold.max}: no value can meet both; swap them or drop one`,
        path: ["max"],
      });
    }
    if (threshold.bound !== "estimate" && !INTERVAL_METRICS.includes(threshold.metric)) {
      ctx.addIssue({
        code: "custom",
        message: `bound "${threshold.bound}" needs an interval; only ${INTERVAL_METRICS.join(", ")} have one — remove \`bound\``,
        path: ["bound"],
      });
    }
  });

/** What the composite score rewards: weights for ability, resource efficiency and latency. */
export const ObjectiveSchema = z
  .object({
    ability: z.number().nonnegative().optional().describe("Weight of the suite-weighted ability (0–1)."),
    resourceEfficiency: z.number().nonnegative().optional().describe("Weight of ability per GiB of VRAM."),
    latency: z.number().nonnegative().optional().describe("Penalty per second of mean wall time."),
    abilityMetric: z
      .enum(ABILITY_METRICS)
      .default("checkRate")
      .describe(
        "The per-item measure of ability: check rate (default), pass of the first answer (0/1), pass by one repair round (passAt2) or judge score.",
      ),
    suite: SuiteNameSchema.optional().describe(
      "Measure resource efficiency and latency on this suite only; default: weighted like ability.",
    ),
  })
  .strict();

/** The pass@1 a candidate needs on code tests when the profile's required suites hold any. */
export const CodePassAt1Schema = z
  .object({
    min: z.number().min(0).max(1).describe("Pass@1 on the code tests must be at least this (0–1)."),
    bound: z
      .enum(["estimate", "lower"])
      .default("estimate")
      .describe("Test the estimate, or the lower bound of its Wilson interval."),
  })
  .strict();

/** The code-test rule of a profile when none is written. */
export const DEFAULT_CODE_PASS_AT_1 = { min: 0.5, bound: "estimate" } as const;

/** One role profile. Built-in profile names fill `role`, `suiteWeights` and objective weights left out. */
export const ProfileSchema = z
  .object({
    role: z.string().min(1).optional().describe("What the profile is for, in words."),
    candidates: z
      .union([z.literal("all"), z.array(z.string().min(1)).min(1)])
      .default("all")
      .describe("Model names to consider, or `all` for every model in the runs."),
    requiredSuites: z
      .array(SuiteNameSchema)
      .default([])
      .describe("Suites a candidate must have items in (at least `minItems` each)."),
    minItems: z.number().int().min(1).default(1).describe("Items a candidate needs in each required suite."),
    thresholds: z.array(ThresholdSchema).default([]),
    codePassAt1: z
      .union([CodePassAt1Schema, z.literal(false)])
      .default(DEFAULT_CODE_PASS_AT_1)
      .describe(
        "When the required suites hold code tests (items scored by running the answer against tests), the pass@1 a candidate needs on them; `false` turns the rule off.",
      ),
    passMetric: z
      .enum(PASS_METRICS)
      .optional()
      .describe(
        "The pass rate the role is judged by, in the code-test rule and the tie-break: `pass@1` (the first answer, default) or `pass@2` (the first answer or one repair round; needs runs made with --repair).",
      ),
    suiteWeights: z
      .record(SuiteNameSchema, z.number().nonnegative())
      .optional()
      .describe("Weight of each suite in the ability; suites a candidate has no items in are left out."),
    objective: ObjectiveSchema.default({ abilityMetric: "checkRate" }),
  })
  .strict();

/** Governance: when the decision is questionable, and which alert severities block it. */
export const GovernanceSchema = z
  .object({
    minCompositeScore: z
      .number()
      .optional()
      .describe("A recommendation scoring below this raises a warning (`low_composite`)."),
    minScoreMargin: z
      .number()
      .nonnegative()
      .default(0)
      .describe("A margin to the runner-up below this raises a warning (`narrow_margin`)."),
    marginBeyondNoise: z
      .boolean()
      .default(true)
      .describe("Warn (`noisy_margin`) when the margin is within run-to-run noise."),
    blockingSeverities: z
      .array(z.enum(SEVERITIES))
      .default(["critical"])
      .describe("Alert severities that block the promotion."),
    noise: z
      .object({
        confidence: z.number().gt(0).lt(1).default(0.95),
        resamples: z.number().int().min(100).max(100_000).default(2000),
        seed: z.number().int().default(0),
      })
      .strict()
      .default({ confidence: 0.95, resamples: 2000, seed: 0 })
      .describe("Paired bootstrap of the margin: confidence, resamples, seed."),
  })
  .strict();

const ProfileNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, "profile names start with a lowercase letter; then letters, digits, _ or -");

/** A gate policy file. */
export const PolicySchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(POLICY_SCHEMA_VERSION).describe("Version of the policy format: 1."),
    name: z.string().min(1).describe("The policy's name, recorded in gate.json."),
    description: z.string().optional(),
    suites: z
      .record(z.string().min(1), z.array(z.string().min(1)).min(1))
      .default({})
      .describe("Named suite groups: name → item suites (overrides the built-in `live` and `legacy`)."),
    modelFacts: z
      .record(
        z.string().min(1),
        z
          .object({ vramGb: z.number().positive().optional().describe("VRAM the model needs, GiB.") })
          .strict(),
      )
      .default({})
      .describe("Facts about models the runs may not carry (VRAM when it was not sampled)."),
    governance: GovernanceSchema.default({
      minScoreMargin: 0,
      marginBeyondNoise: true,
      blockingSeverities: ["critical"],
      noise: { confidence: 0.95, resamples: 2000, seed: 0 },
    }),
    profiles: z
      .record(ProfileNameSchema, ProfileSchema)
      .refine((profiles) => Object.keys(profiles).length > 0, "give at least one profile"),
  })
  .strict()
  .superRefine((policy, ctx) => {
    for (const [name, profile] of Object.entries(policy.profiles)) {
      if (!profile.role && !(name in BUILTIN_PROFILES)) {
        ctx.addIssue({
          code: "custom",
          message: `"${name}" is not a built-in profile (${Object.keys(BUILTIN_PROFILES).join(", ")}); give its \`role\` in words`,
          path: ["profiles", name, "role"],
        });
      }
    }
  });

/** A gate policy as written (defaults not applied). */
export type WrittenPolicy = z.input<typeof PolicySchema>;
/** A validated gate policy, defaults applied. */
export type Policy = z.output<typeof PolicySchema>;
/** A validated profile. */
export type PolicyProfile = Policy["profiles"][string];
/** A validated threshold. */
export type Threshold = z.output<typeof ThresholdSchema>;
/** Governance settings, defaults applied. */
export type Governance = z.output<typeof GovernanceSchema>;

/** A profile with the built-in defaults filled in: what evaluation uses. */
export interface ResolvedProfile {
  name: string;
  role: string;
  candidates: "all" | string[];
  requiredSuites: string[];
  minItems: number;
  thresholds: Threshold[];
  /** The pass@1 needed on code tests when the required suites hold any; null when turned off. */
  codePassAt1: z.output<typeof CodePassAt1Schema> | null;
  /** The pass rate of the code-test rule and the tie-break (pass@1 unless the profile says pass@2). */
  passMetric: PassMetric;
  suiteWeights: Record<string, number>;
  objective: {
    ability: number;
    resourceEfficiency: number;
    latency: number;
    abilityMetric: (typeof ABILITY_METRICS)[number];
    suite?: string;
  };
}

/**
 * Fills a profile's left-out `role`, `suiteWeights` and objective weights from the built-in profile of
 * the same name, or from the generic defaults (ability 1, others 0, every item weighted alike).
 */
export function resolveProfile(name: string, profile: PolicyProfile): ResolvedProfile {
  const builtin = (BUILTIN_PROFILES as Record<string, (typeof BUILTIN_PROFILES)[BuiltinProfileName]>)[name];
  const objective = profile.objective;
  return {
    name,
    role: profile.role ?? builtin?.role ?? name,
    candidates: profile.candidates,
    requiredSuites: profile.requiredSuites,
    minItems: profile.minItems,
    thresholds: profile.thresholds,
    codePassAt1: profile.codePassAt1 === false ? null : profile.codePassAt1,
    passMetric: profile.passMetric ?? "pass@1",
    suiteWeights: profile.suiteWeights ?? { ...(builtin?.suiteWeights ?? { all: 1 }) },
    objective: {
      ability: objective.ability ?? builtin?.objective.ability ?? 1,
      resourceEfficiency: objective.resourceEfficiency ?? builtin?.objective.resourceEfficiency ?? 0,
      latency: objective.latency ?? builtin?.objective.latency ?? 0,
      abilityMetric: objective.abilityMetric,
      ...(objective.suite ? { suite: objective.suite } : {}),
    },
  };
}
