// A coding test of the catalog: its metadata (`test.json`, validated here) and the files that define
// it — prompts, spec, rubric, reference, declared interface and mutants.
import { z } from "@benchloop/core";
import type { Contract } from "./contracts.js";
import { DifficultySchema } from "./difficulty.js";

/** The `test.json` of a catalog test. */
export const CodingTestMetaSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]*$/,
        "test ids use lowercase letters, digits and hyphens, starting with a letter",
      )
      .describe("Test id; equals the folder name."),
    version: z.number().int().min(1).describe("Bumped whenever a change can change scores."),
    title: z.string().min(1).describe("One line saying what the task is."),
    suite: z.literal("coding").describe("The suite the test belongs to."),
    language: z
      .enum(["typescript", "python"])
      .describe("Language the answer is asked in; a python test has spec.py, reference.py and mutants/*.py."),
    exports: z
      .array(z.string().regex(/^[A-Za-z_$][\w$]*$/))
      .min(1)
      .describe("Names the module must export."),
    difficulty: DifficultySchema,
    tags: z.array(z.string().min(1)).describe("Free-form topics."),
    smoke: z
      .boolean()
      .optional()
      .describe("A smoke test: it shows the setup works; its items stay out of ability scores."),
  })
  .strict();

/** The `test.json` of a catalog test. */
export type CodingTestMeta = z.infer<typeof CodingTestMetaSchema>;

/** A buggy variant of the reference; the spec must fail it. */
export interface CodingMutant {
  /** File name without `.ts` (`id-from-length`). */
  name: string;
  source: string;
}

/** A catalog test with everything read from its folder. */
export interface CodingTest extends CodingTestMeta {
  prompts: { blind: string; informed: string };
  /** `describe/it/expect` spec importing from `"./solution"`. */
  spec: string;
  /** Markdown list of weighted criteria for an LLM judge. */
  rubric: string;
  /** A solution that passes every check. */
  reference: string;
  /** `.d.ts` text of the declared interface, for the optional type check (empty for Python tests). */
  interfaceSource: string;
  /**
   * Edit tasks only: the existing module (`original.ts`) the prompts ask the model to change; the
   * loader inlines it into both prompts where they say `{{original.ts}}`.
   */
  original?: string;
  mutants: CodingMutant[];
  /** Modules in another form than the reference that the prompts allow (`formats/*.ts`, `formats/*.py`); each must pass as a blind answer. */
  formats: CodingMutant[];
  /** Contracts the spec checks beyond the names (`contracts.json`), each stated in the blind prompt or informed-only. */
  contracts: Contract[];
  /** sha256 over the test's files (relative path and content, sorted by path). */
  contentHash: string;
}

/**
 * What scoring needs of a test; a {@link CodingTest} has it, and so does a test's `data` in a run.
 * With `prompts`, a default export is accepted where the pass type's prompt does not ask for named
 * exports; `informedOnlyChecks` are left out of blind scores (see `contracts.json`).
 */
export type CodingTestSubject = Pick<
  CodingTest,
  "id" | "language" | "exports" | "spec" | "interfaceSource"
> & {
  prompts?: CodingTest["prompts"];
  informedOnlyChecks?: readonly string[];
  contracts?: readonly Contract[];
};
