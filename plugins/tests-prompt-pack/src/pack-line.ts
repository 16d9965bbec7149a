// One line of a prompt pack: Muninn's fields (read as they are) and benchloop's richer fields, in one
// strict schema so a misspelt key is reported rather than silently ignored.
import { z } from "zod";
import { RubricCheckSchema } from "./rubric-check.js";

/** The role profiles a prompt can serve. */
const ROLES = ["low_latency", "balanced", "high_reasoning"] as const;

/** Muninn output formats: `json` and `code` add checks, `text` and `markdown` add none. */
const OUTPUT_FORMATS = ["json", "code", "text", "markdown"] as const;

/** Line ids: lowercase letters, digits and . _ - (the test id is `<pack-id>/<line id>`). */
const LINE_ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

const terms = z.array(z.string().min(1));

/** One prompt-pack line as written. */
export const PackLineSchema = z
  .object({
    id: z
      .string({ error: "id is required: a string of lowercase letters, digits and . _ -" })
      .regex(
        LINE_ID_PATTERN,
        "id must use lowercase letters, digits and . _ - (and start with a letter or digit)",
      ),
    version: z
      .string()
      .min(1)
      .optional()
      .describe('Test version; bump it when answers should be re-scored. Defaults to "1".'),
    title: z.string().min(1).optional(),
    category: z.string().min(1).optional().describe("Muninn category; recorded as a tag."),
    role: z
      .enum(ROLES, { error: `role must be one of: ${ROLES.join(", ")}` })
      .optional()
      .describe("Role profile the prompt serves; recorded as a tag `role:<role>`."),
    prompt: z
      .string()
      .min(1)
      .optional()
      .describe("The prompt of both pass types (informed adds the output rules)."),
    prompts: z
      .object({ blind: z.string().min(1), informed: z.string().min(1) })
      .strict()
      .optional()
      .describe("Separate blind and informed prompts."),
    system: z.string().min(1).optional(),
    rubric: z.string().min(1).optional().describe("Rubric text for an LLM judge."),
    reference: z
      .string()
      .min(1)
      .optional()
      .describe(
        "A reference answer: a correct answer that passes every check. Not part of the content hash.",
      ),
    alternatives: z
      .array(z.string().min(1))
      .optional()
      .describe(
        "More correct answers, written differently from the reference; each must pass. Not part of the content hash.",
      ),
    bad: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe(
        "Known-bad answers (plausible but wrong); each must fail a check. Not part of the content hash.",
      ),
    state_keywords: z
      .boolean()
      .optional()
      .describe(
        "Muninn lines: true states required_substrings and forbidden_substrings in the informed prompt (default: they are not told).",
      ),
    tags: z.array(z.string().min(1)).optional(),
    difficulty: z.number().int().min(1).max(5).optional(),
    repair: z
      .boolean()
      .optional()
      .describe(
        "With `run --repair`, a failed answer is shown its failing rubric checks and answered again (repair rounds). Not part of the content hash.",
      ),
    checks: z.array(RubricCheckSchema).optional().describe("Rubric checks with explicit kinds and weights."),
    // Muninn fields
    required_json_keys: terms.optional(),
    required_substrings: terms.optional(),
    forbidden_substrings: terms.optional(),
    output_format: z
      .enum(OUTPUT_FORMATS, { error: `output_format must be one of: ${OUTPUT_FORMATS.join(", ")}` })
      .optional(),
    exact_line_count: z
      .number({ error: "exact_line_count must be a whole number of at least 1" })
      .int("exact_line_count must be a whole number of at least 1")
      .min(1, "exact_line_count must be a whole number of at least 1")
      .optional(),
    min_words: z
      .number({ error: "min_words must be a whole number of at least 1" })
      .int("min_words must be a whole number of at least 1")
      .min(1, "min_words must be a whole number of at least 1")
      .optional(),
  })
  .strict()
  .superRefine((line, ctx) => {
    if (line.prompt === undefined && line.prompts === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["prompt"],
        message: 'prompt is required: add "prompt" (or "prompts": { "blind", "informed" })',
      });
    }
    if (line.prompt !== undefined && line.prompts !== undefined) {
      ctx.addIssue({ code: "custom", path: ["prompts"], message: "give either prompt or prompts, not both" });
    }
    const muninnChecks =
      line.required_json_keys ??
      line.required_substrings ??
      line.forbidden_substrings ??
      line.exact_line_count ??
      line.min_words;
    const formatCheck = line.output_format === "json" || line.output_format === "code";
    if (
      (line.checks === undefined || line.checks.length === 0) &&
      muninnChecks === undefined &&
      !formatCheck
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["checks"],
        message:
          'the line has no checks: add "checks": [...] or Muninn keys (required_substrings, min_words …)',
      });
    }
  });

/** One prompt-pack line with defaults applied. */
export type PackLine = z.output<typeof PackLineSchema>;
/** A role profile. */
export type Role = (typeof ROLES)[number];
