// The resolved configuration of benchloop: file + flags, validated; unknown keys are rejected with
// their path. Plugin sections (harnesses.<id>, sources.<id> …) are validated by each plugin's schema.
import { z } from "zod";

/** The pass types: how much the prompt tells the model. */
export const PASS_TYPES = ["blind", "informed"] as const;

/** A pass type. */
export const PassTypeSchema = z.enum(PASS_TYPES);
/** A pass type. */
export type PassType = z.infer<typeof PassTypeSchema>;

/** Sampling options sent to the model and recorded in every item hash. */
export const SamplingSchema = z
  .object({
    temperature: z
      .number()
      .min(0)
      .max(2)
      .default(0)
      .describe("Sampling temperature; 0 makes answers repeatable."),
    seed: z.number().int().default(42).describe("Sampling seed sent to the server."),
    numPredict: z.number().int().positive().optional().describe("Maximum answer tokens."),
    numCtx: z.number().int().positive().optional().describe("Context window to request."),
    topP: z.number().min(0).max(1).optional(),
    topK: z.number().int().positive().optional(),
    think: z.boolean().optional().describe("Ask thinking models to think (Ollama `think`)."),
  })
  .strict();

/** Per-stage timeouts in milliseconds. */
export const TimeoutsSchema = z
  .object({
    prepareMs: z.number().int().positive().default(300_000).describe("Model load / warm-up."),
    generateMs: z.number().int().positive().default(300_000).describe("One generation."),
    scoreMs: z.number().int().positive().default(60_000).describe("Scoring one answer."),
    judgeMs: z.number().int().positive().default(120_000).describe("Judging one answer."),
  })
  .strict();

/** Retries of transient failures (marked retryable) with exponential backoff and jitter. */
export const RetriesSchema = z
  .object({
    max: z.number().int().min(0).max(10).default(2).describe("Retries after the first attempt."),
    baseDelayMs: z.number().int().nonnegative().default(500),
    maxDelayMs: z.number().int().nonnegative().default(10_000),
  })
  .strict();

/** Repair rounds after a failed first answer (`run --repair`). */
export const RepairConfigSchema = z
  .object({
    attempts: z
      .number()
      .int()
      .min(1)
      .max(5)
      .default(1)
      .describe("Repair rounds at most per failed item (1: pass@2, the first answer and one repair)."),
    feedbackBytes: z
      .number()
      .int()
      .min(256)
      .max(65_536)
      .default(4096)
      .describe("Budget of the failure report sent to the model, in UTF-8 bytes; longer reports are cut."),
  })
  .strict();

/** Overrides for one model. */
export const ModelOverrideSchema = z
  .object({
    timeouts: TimeoutsSchema.partial().optional(),
    sampling: SamplingSchema.partial().optional(),
  })
  .strict();

/**
 * Where `benchloop apply` and `dev-cycle --apply` apply a promotion when flags do not say: each of
 * `--target`, `--map` (per profile) and `--option` (per option) wins over its field here; each target
 * validates its own options.
 */
export const ApplyConfigSchema = z
  .object({
    target: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9+.-]+:/, "must start with file: or http(s):// (e.g. file:models.yaml)")
      .optional()
      .describe(
        "Policy target: `file:PATH` (relative to this config file's folder; `~/` is your home) or an http(s):// URL. --target wins.",
      ),
    keys: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .describe(
        "Target key per role profile (`balanced` → `models.default`); --map wins per profile; other profiles use their name.",
      ),
    options: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        "Target options, each checked by that target's own schema (see the target plugin's README); used with `target` (or a --target of the same kind); each --option wins.",
      ),
  })
  .strict();

/** How `benchloop gate` and `dev-cycle` decide: the gate-policy component and its options. */
export const GateConfigSchema = z
  .object({
    policy: z
      .string()
      .min(1)
      .default("profile")
      .describe(
        "Gate policy id (`benchloop plugins` lists them): `profile` (shipped default), `threshold` …",
      ),
    options: z
      .unknown()
      .optional()
      .describe("The policy's own options, validated by the policy (see its README); --policy FILE wins."),
  })
  .strict();

const pluginSections = z
  .record(z.string(), z.unknown())
  .default({})
  .describe("Per-component options, keyed by component id; each plugin validates its own section.");

/** The whole resolved configuration. */
export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    plugins: z
      .array(z.string().min(1))
      .default([])
      .describe("Extra plugins: package names or paths (relative to the config file)."),
    resultsDir: z.string().default("results").describe("Where runs are written."),
    cacheDir: z.string().default(".benchloop/cache").describe("Where the generation and score cache lives."),
    cache: z.boolean().default(true).describe("Use the cache (--no-cache turns it off)."),
    concurrency: z.number().int().min(1).max(256).default(2).describe("Items in flight at once."),
    executor: z
      .object({
        kind: z.string().min(1).describe('The executor plugin\'s id ("bullmq").'),
        url: z.string().min(1).describe("Where its queue is (redis://host:6379)."),
      })
      .strict()
      .optional()
      .describe("Run items on workers through a queue (--queue); absent: in this process."),
    harnessConcurrency: z
      .record(z.string(), z.number().int().min(1))
      .default({})
      .describe("Per-harness limits."),
    harnesses: pluginSections.describe(
      "Harnesses to run (keys) and their options. Empty: every available harness.",
    ),
    models: z
      .array(z.string().min(1))
      .default([])
      .describe("Models to run; empty means every model the harnesses list."),
    suites: z.array(z.string().min(1)).default([]).describe("Suites to run; empty means every suite."),
    tests: z
      .array(z.string().min(1))
      .default([])
      .describe("Test ids to run; empty means every test of the suites."),
    passTypes: z.array(PassTypeSchema).min(1).default(["blind", "informed"]),
    repeats: z.number().int().min(1).max(100).default(1).describe("Repeats of every item."),
    sampling: SamplingSchema.default({ temperature: 0, seed: 42 }),
    timeouts: TimeoutsSchema.default({
      prepareMs: 300_000,
      generateMs: 300_000,
      scoreMs: 60_000,
      judgeMs: 120_000,
    }),
    retries: RetriesSchema.default({ max: 2, baseDelayMs: 500, maxDelayMs: 10_000 }),
    modelOverrides: z
      .record(z.string(), ModelOverrideSchema)
      .default({})
      .describe("Per-model timeouts and sampling."),
    sources: pluginSections.describe("Test source options (prompt packs, legacy roots …)."),
    scorers: pluginSections.describe("Scorer options."),
    exporters: pluginSections.describe("Exporter options."),
    judge: z
      .object({
        model: z.string().min(1).describe("Judge model name."),
        harness: z.string().default("ollama").describe("Harness that reaches the judge model."),
      })
      .strict()
      .optional()
      .describe("LLM judge; off unless set (or --judge)."),
    repair: RepairConfigSchema.optional().describe(
      "Repair rounds: a failed code answer is shown its failing checks and answered again; off unless set (or --repair).",
    ),
    resources: z.boolean().default(true).describe("Sample process and GPU memory during the run."),
    gate: GateConfigSchema.default({ policy: "profile" }).describe(
      "Gate policy of `benchloop gate` and `dev-cycle`.",
    ),
    apply: ApplyConfigSchema.optional().describe(
      "Policy target of `benchloop apply` and `dev-cycle --apply` when --target is not given.",
    ),
  })
  .strict();

/** Repair config: a failed answer's failing checks go back to the model, up to `attempts` times. */
export type RepairConfig = z.infer<typeof RepairConfigSchema>;

/** The resolved configuration. */
export type Config = z.infer<typeof ConfigSchema>;
/** The configuration as a user writes it (every field optional). */
export type WrittenConfig = z.input<typeof ConfigSchema>;
/** The `apply` section: default policy target, keys and options. */
export type ApplyConfig = z.infer<typeof ApplyConfigSchema>;
/** Sampling options. */
export type Sampling = z.infer<typeof SamplingSchema>;
/** Per-stage timeouts. */
export type Timeouts = z.infer<typeof TimeoutsSchema>;

/** Identity helper that types a `benchloop.config.ts` default export. */
export function defineConfig(config: WrittenConfig): WrittenConfig {
  return config;
}
