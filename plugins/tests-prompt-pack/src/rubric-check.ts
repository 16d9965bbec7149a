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
  "regex-table",
  "command",
  "order",
  "sql",
  "program",
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

const tokens = z.array(z.string().min(1)).min(1);

const RegexTableCheckSchema = z
  .object({
    kind: z.literal("regex-table"),
    accept: z.array(z.string()).default([]).describe("Strings the answer's regex must match."),
    reject: z.array(z.string()).default([]).describe("Strings the answer's regex must not match."),
    ...common,
  })
  .strict()
  .refine((check) => check.accept.length + check.reject.length > 0, {
    message: "a regex-table check needs at least one accept or reject string",
    path: ["accept"],
  });

const CommandCheckSchema = z
  .object({
    kind: z.literal("command"),
    program: z
      .string()
      .min(1)
      .describe("The program the command must run (`find`, `git`); `sudo` is skipped."),
    require: z
      .array(
        z.union([
          tokens,
          z
            .object({
              anyOf: z.array(tokens).min(1).describe("Alternative token sequences; one must occur."),
              at: z
                .number()
                .int()
                .min(1)
                .optional()
                .describe("Argument position the sequence must start at."),
            })
            .strict(),
        ]),
      )
      .default([])
      .describe(
        "Token sequences the arguments must contain, in any order (quotes removed as the shell would).",
      ),
    forbid: z
      .array(z.string().min(1))
      .default([])
      .describe("Arguments that must not occur (`-delete`, `--hard`); `--flag=value` counts as `--flag`."),
    allow: z.array(z.string().min(1)).default([]).describe("Further arguments allowed anywhere."),
    extra: z
      .boolean()
      .default(false)
      .describe("True: arguments no requirement names are allowed; false: each one fails the check."),
    ...common,
  })
  .strict();

const OrderCheckSchema = z
  .object({
    kind: z.literal("order"),
    steps: z
      .array(
        z
          .object({
            name: z.string().min(1),
            pattern: z.string().min(1).describe("Regular expression finding the step's line."),
            flags: z
              .string()
              .regex(/^[imsu]*$/)
              .default("i"),
          })
          .strict(),
      )
      .min(2)
      .describe("Steps in the order the answer must give them; each is found at its first matching line."),
    ...common,
  })
  .strict();

const SqlCheckSchema = z
  .object({
    kind: z.literal("sql"),
    setup: z.string().min(1).describe("SQLite statements creating and filling the tables."),
    rows: z
      .array(z.array(z.union([z.string(), z.number(), z.null()])))
      .describe("The rows the query must return (values only, column names ignored)."),
    ordered: z.boolean().default(true).describe("True: the rows must come in this order."),
    ...common,
  })
  .strict();

const ProgramCheckSchema = z
  .object({
    kind: z.literal("program"),
    language: z.enum(["typescript", "javascript"]).default("typescript"),
    exports: z.array(z.string().min(1)).min(1).describe("Names the answer's module must export."),
    spec: z
      .string()
      .min(1)
      .describe('describe/it/expect spec importing the answer from "./solution", run in the sandbox.'),
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
    RegexTableCheckSchema,
    CommandCheckSchema,
    OrderCheckSchema,
    SqlCheckSchema,
    ProgramCheckSchema,
  ],
  { error: () => `kind must be one of: ${CHECK_KINDS.join(", ")}` },
);

/** A rubric check with defaults applied. */
export type RubricCheck = z.output<typeof RubricCheckSchema>;
/** A rubric check as written (weights and options optional). */
export type RubricCheckInput = z.input<typeof RubricCheckSchema>;
/** Check kinds that execute the answer and need a runtime (a SQLite engine, the sandbox). */
export const EXECUTED_CHECK_KINDS: ReadonlySet<RubricCheck["kind"]> = new Set(["sql", "program"]);
