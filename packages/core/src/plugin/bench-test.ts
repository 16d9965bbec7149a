// A test as a test source delivers it: prompts per pass type, the scorer that checks it, and the
// content hash that makes a change to it visible in item hashes.
import { z } from "zod";

/** An answer whose verdict is known: a correct one (`pass`) or a wrong one a check must reject (`fail`). */
export const KnownAnswerSchema = z
  .object({
    expect: z.enum(["pass", "fail"]).describe("pass: a correct answer; fail: a wrong one."),
    answer: z.string(),
    passType: z
      .enum(["blind", "informed"])
      .optional()
      .describe("The pass type the answer is for; absent: both."),
    label: z
      .string()
      .optional()
      .describe('What the answer shows ("written differently", "drops the column first").'),
  })
  .strict();

/** A benchmark test. `data` is scorer-specific (code spec, rubric checks, legacy ground truth). */
export const BenchTestSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/, "test ids use lowercase letters, digits, and . _ / -"),
    version: z.string().min(1),
    source: z.string().describe("Id of the test source that produced it."),
    suite: z.string().min(1),
    title: z.string().optional(),
    contentHash: z.string().min(1).describe("sha256 over everything that defines the test."),
    prompts: z.object({ blind: z.string().min(1), informed: z.string().min(1) }).strict(),
    system: z.string().optional(),
    scorer: z.string().describe("Id of the scorer that checks answers."),
    rubric: z.string().optional().describe("Markdown rubric for an LLM judge."),
    tags: z.array(z.string()).default([]),
    difficulty: z.number().int().min(1).max(5).optional(),
    smoke: z
      .boolean()
      .optional()
      .describe("A smoke test: it shows the setup works; its items stay out of ability scores."),
    data: z.unknown().optional(),
    repair: z
      .boolean()
      .optional()
      .describe(
        "Its failed answers can be repaired (`run --repair`): its scorer's failing checks make useful feedback. Code tests: true; prompt-pack lines opt in. Not part of the content hash.",
      ),
    knownAnswers: z
      .array(KnownAnswerSchema)
      .optional()
      .describe(
        "Answers with a known verdict, checked by `benchloop tests check`; not part of the content hash.",
      ),
  })
  .strict();

/** A benchmark test. */
export type BenchTest = z.infer<typeof BenchTestSchema>;
/** An answer whose verdict is known. */
export type KnownAnswer = z.infer<typeof KnownAnswerSchema>;
