// The rubric check definitions a prompt-pack line carries (`checks: [...]`): one zod schema per kind,
// each with a weight, an optional display name and the output rule told in the informed prompt.
import { z } from "zod";
import { findSchemaProblems } from "./json-schema-subset.js";

/** Every check kind, in the order the README documents them. */
const CHECK_KINDS = [
  "non-empty",
  "json",
  "json-schema",
  "contains",
  "not-contains",
  "regex",
  "line-count",
  "word-count",
  "code",
] as const;

const common = {
  name: z
    .string()
    .min(1)
    .optional()
    .describe("Name recorded for the check; defaults to one derived from the check."),
  weight: z
    .number()
    .nonnegative()
    .default(1)
    .describe(
      "Weight in the score's weighted mean (for contains/not-contains: of each value). 0 records without scoring.",
    ),
  rule: z
    .union([z.string().min(1), z.literal(false)])
    .optional()
    .describe(
      "Output rule added to the informed prompt; defaults to one derived from the check; false tells nothing.",
    ),
};

const count = z.number().int().nonnegative();

const NonEmptyCheckSchema = z.object({ kind: z.literal("non-empty"), ...common }).strict();

const JsonCheckSchema = z
  .object({
    kind: z.literal("json"),
    keys: z.array(z.string().min(1)).default([]).describe("Top-level keys the JSON object must have."),
    strict: z
      .boolean()
      .default(false)
      .describe("True: the whole answer must be the JSON object (no code fence, no prose around it)."),
    ...common,
  })
  .strict();

const JsonSchemaCheckSchema = z
  .object({
    kind: z.literal("json-schema"),
    schema: z
      .record(z.string(), z.unknown())
      .describe(
        "JSON Schema (subset: type, required, properties, items, enum, const, lengths, bounds, pattern).",
      ),
    strict: z.boolean().default(false).describe("True: the whole answer must be the JSON value."),
    ...common,
  })
  .strict()
  .superRefine((check, ctx) => {
    for (const problem of findSchemaProblems(check.schema)) {
      ctx.addIssue({
        code: "custom",
        path: ["schema", ...(problem.path ? problem.path.split(".") : [])],
        message: problem.message,
      });
    }
  });

const substringOptions = {
  values: z
    .array(z.string().min(1, "a value must not be empty"))
    .min(1, "values needs at least one string")
    .describe("The substrings; each is its own check unless `any` is set."),
  wholeWord: z
    .boolean()
    .default(false)
    .describe("True: a value only counts between word boundaries (`test` does not match `tests`)."),
  caseSensitive: z.boolean().default(false).describe("True: letter case must match."),
};

const ContainsCheckSchema = z
  .object({
    kind: z.literal("contains"),
    ...substringOptions,
    any: z.boolean().default(false).describe("True: one check that passes when any of the values occurs."),
    ...common,
  })
  .strict();

const NotContainsCheckSchema = z
  .object({ kind: z.literal("not-contains"), ...substringOptions, ...common })
  .strict();

const RegexCheckSchema = z
  .object({
    kind: z.literal("regex"),
    pattern: z.string().min(1).describe("JavaScript regular expression source, without slashes."),
    flags: z
      .string()
      .regex(/^(?!.*(.).*\1)[imsu]*$/, "flags may only use i, m, s and u, each once")
      .default("")
      .describe("Regular expression flags (i, m, s, u)."),
    negate: z.boolean().default(false).describe("True: the answer must NOT match."),
    ...common,
  })
  .strict()
  .superRefine((check, ctx) => {
    try {
      new RegExp(check.pattern, check.flags);
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        path: ["pattern"],
        message: `not a valid regular expression: ${(error as Error).message}`,
      });
    }
  });

function refineRange(kind: "line-count" | "word-count") {
  return (check: { exact?: number; min?: number; max?: number }, ctx: z.RefinementCtx) => {
    if (check.exact === undefined && check.min === undefined && check.max === undefined) {
      const bounds = kind === "line-count" ? "exact, min or max" : "min or max";
      ctx.addIssue({
        code: "custom",
        path: [],
        message: `a ${kind} check needs ${bounds} (for example "min": 3)`,
      });
    }
    if (check.min !== undefined && check.max !== undefined && check.min > check.max) {
      ctx.addIssue({
        code: "custom",
        path: ["min"],
        message: `min (${check.min}) is above max (${check.max}); swap them`,
      });
    }
  };
}

const LineCountCheckSchema = z
  .object({
    kind: z.literal("line-count"),
    exact: count.optional().describe("Exact number of non-empty lines."),
    min: count.optional().describe("Fewest non-empty lines."),
    max: count.optional().describe("Most non-empty lines."),
    ...common,
  })
  .strict()
  .superRefine(refineRange("line-count"));

const WordCountCheckSchema = z
  .object({
    kind: z.literal("word-count"),
    min: count.optional().describe("Fewest words."),
    max: count.optional().describe("Most words."),
    ...common,
  })
  .strict()
  .superRefine(refineRange("word-count"));

const CodeCheckSchema = z
  .object({
    kind: z.literal("code"),
    language: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Expected fence language (aliases accepted: py, ts, sh …); untagged fences and bare code also pass.",
      ),
    ...common,
  })
  .strict();

/** One rubric check definition, discriminated by `kind`. */
export const RubricCheckSchema = z.discriminatedUnion(
  "kind",
  [
    NonEmptyCheckSchema,
    JsonCheckSchema,
    JsonSchemaCheckSchema,
    ContainsCheckSchema,
    NotContainsCheckSchema,
    RegexCheckSchema,
    LineCountCheckSchema,
    WordCountCheckSchema,
    CodeCheckSchema,
  ],
  { error: () => `kind must be one of: ${CHECK_KINDS.join(", ")}` },
);

/** A rubric check with defaults applied. */
export type RubricCheck = z.output<typeof RubricCheckSchema>;
/** A rubric check as written (weights and options optional). */
export type RubricCheckInput = z.input<typeof RubricCheckSchema>;
