// What a legacy test carries in `data` for its scorer: where the case came from (path, size, hashes)
// and the ground truth derived from the file. Never the file's text: names only.
import { z } from "zod";

/** The case kinds. */
export const CASE_KINDS = [
  "structure",
  "dependencies",
  "summary",
  "purpose",
  "predict",
  "callers",
  "mutation",
] as const;

/** The kinds that need the code understood (suite `legacy`); the others are `legacy-syntax`. */
export const UNDERSTANDING_KINDS: readonly CaseKind[] = ["purpose", "predict", "callers", "mutation"];

/** A case kind. */
export type CaseKind = (typeof CASE_KINDS)[number];

/** The test source's id, its scorer's id, and the suite of the kinds that need the code understood. */
export const LEGACY_ID = "legacy";

/**
 * The suite of the syntax-extraction kinds (structure, dependencies, summary): a regex and word-count
 * script passes most of them, so they are kept apart from `legacy` and the shipped policy weighs none.
 */
export const LEGACY_SYNTAX_SUITE = "legacy-syntax";

/** The letters of multiple-choice options, in order. */
export const CHOICE_LETTERS = ["A", "B", "C", "D"] as const;

/** Version of every legacy test; bump it when prompts or ground truth change for the same file. */
export const LEGACY_TEST_VERSION = "1";

/** Bounds the summary kind checks. */
export const SUMMARY_BOUNDS = { minWords: 15, maxWords: 150, maxItems: 12, maxItemWords: 40, maxChars: 6000 };

const ExpectedNameSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional().describe("Other spellings that count as this name."),
  })
  .strict();

/** Where a case came from. */
const CaseOriginSchema = z
  .object({
    id: z.string().describe("Case id: root label / relative path / short content hash."),
    root: z
      .string()
      .describe("Root label (folder name, with a short hash of its path when two roots share it)."),
    path: z.string().describe("Path relative to the root, `/` separators."),
    language: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    contentHash: z.string().describe("sha256 of the whole file."),
    snippetBytes: z.number().int().nonnegative().describe("Bytes of the file put into the prompt."),
    truncated: z.boolean().describe("True when the prompt holds only the file's first lines."),
  })
  .strict();

const StructureDataSchema = z
  .object({
    kind: z.literal("structure"),
    case: CaseOriginSchema,
    method: z.string().describe("How the ground truth was derived."),
    symbols: z.array(ExpectedNameSchema).min(1),
  })
  .strict();

const DependenciesDataSchema = z
  .object({
    kind: z.literal("dependencies"),
    case: CaseOriginSchema,
    method: z.string(),
    modules: z.array(ExpectedNameSchema).min(1),
  })
  .strict();

const SummaryDataSchema = z
  .object({
    kind: z.literal("summary"),
    case: CaseOriginSchema,
    method: z.string(),
    identifiers: z.array(z.string().min(1)).min(1).describe("The file's distinctive identifiers (TF-IDF)."),
  })
  .strict();

const PurposeDataSchema = z
  .object({
    kind: z.literal("purpose"),
    case: CaseOriginSchema,
    method: z.string().describe("How the true description was found (the file's header comment)."),
    choices: z
      .array(z.string().min(1))
      .min(2)
      .max(CHOICE_LETTERS.length)
      .describe("The options in prompt order: the file's own description and ones of sibling files."),
    answer: z.enum(CHOICE_LETTERS).describe("The letter of the file's own description."),
  })
  .strict();

const PredictDataSchema = z
  .object({
    kind: z.literal("predict"),
    case: CaseOriginSchema,
    method: z.string().describe("How the truth was found (the function run in the sandbox)."),
    call: z.string().describe("The call the prompt asks about, as JavaScript."),
    answer: z.string().describe("JSON of the value the call returned when the sandbox ran it."),
  })
  .strict();

const CallersDataSchema = z
  .object({
    kind: z.literal("callers"),
    case: CaseOriginSchema.describe("The file that defines the function asked about."),
    method: z.string().describe("How the truth was found (the TypeScript checker over the whole root)."),
    question: z
      .enum(["callers", "impact"])
      .describe("`callers`: which functions call it; `impact`: which files break if its signature changes."),
    target: z.string().describe("The function asked about, as `file:function`."),
    shown: z.array(z.string()).min(2).describe("The files the prompt shows (every file spelling the name)."),
    expected: z
      .array(ExpectedNameSchema)
      .min(2)
      .describe("The true `file:function` callers, or the true files with call sites."),
  })
  .strict();

const MutationDataSchema = z
  .object({
    kind: z.literal("mutation"),
    case: CaseOriginSchema.describe("The file before the edit."),
    method: z.string().describe("How the truth is known (`injected`: by construction)."),
    operator: z.string().describe("The edit made, like `flip < to >=`."),
    functions: z.array(z.string().min(1)).min(3).describe("Every named function of the file."),
    expected: z
      .object({ function: z.string().min(1), line: z.number().int().positive() })
      .strict()
      .describe("The edited function and the 1-based line of the edit in the shown file."),
  })
  .strict();

/** A legacy test's `data`. */
export const LegacyCaseDataSchema = z.discriminatedUnion("kind", [
  CallersDataSchema,
  MutationDataSchema,
  PredictDataSchema,
  StructureDataSchema,
  DependenciesDataSchema,
  SummaryDataSchema,
  PurposeDataSchema,
]);

/** A legacy test's `data`. */
export type LegacyCaseData = z.infer<typeof LegacyCaseDataSchema>;
/** Where a case came from. */
export type CaseOrigin = z.infer<typeof CaseOriginSchema>;
