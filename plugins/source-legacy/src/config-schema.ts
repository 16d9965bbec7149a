// Options of the `legacy` test source (config section `sources.legacy`; `--legacy-roots a,b` sets
// `roots`, `--keep-snippets` sets `keepSnippets`).
import { z } from "zod";
import { CASE_KINDS, UNDERSTANDING_KINDS } from "./case-data.js";

/** Options of the `legacy` test source. */
export const LegacySourceConfigSchema = z
  .object({
    roots: z
      .array(z.string().min(1))
      .default([])
      .describe("Project folders to build cases from, relative to the folder benchloop runs in."),
    filesPerRoot: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(30)
      .describe(
        "Most files sampled from each root, spread over its top-level folders in proportion to their size.",
      ),
    maxPerLanguage: z
      .number()
      .int()
      .min(1)
      .default(30)
      .describe("Most files of one language sampled from each root."),
    includeAuxiliary: z
      .boolean()
      .default(false)
      .describe(
        "Also sample tests and scripts (test/, tests/, scripts/ … and *.test.* files); their tests are tagged `aux:tests` or `aux:scripts`.",
      ),
    seed: z
      .string()
      .min(1)
      .default("benchloop")
      .describe("Seed of the sample; another seed picks other files."),
    kinds: z
      .array(z.enum(CASE_KINDS))
      .min(1)
      .default([...UNDERSTANDING_KINDS])
      .describe(
        "Case kinds to build. The default builds the kinds that need the code understood (suite `legacy`); `structure`, `dependencies` and `summary` (suite `legacy-syntax`, passed by a regex script) only when listed.",
      ),
    crossFileTargets: z
      .number()
      .int()
      .min(0)
      .default(8)
      .describe(
        "Most functions per root the `callers` kind asks about (each gives a callers and/or an impact question).",
      ),
    maxFileBytes: z
      .number()
      .int()
      .positive()
      .default(262_144)
      .describe("Files larger than this are skipped (`too-large`)."),
    snippetBytes: z
      .number()
      .int()
      .min(1024)
      .default(24_000)
      .describe("Most bytes of a file put into a prompt; longer files are cut at a line end."),
    gitignore: z
      .boolean()
      .default(true)
      .describe("Honour `.gitignore` files of the root and the folders in it."),
    ignore: z
      .array(z.string().min(1))
      .default([])
      .describe("Extra gitignore-style patterns (relative to each root) to leave out."),
    maxWalkFiles: z
      .number()
      .int()
      .positive()
      .default(200_000)
      .describe("Most files looked at per root; the walk stops there and the root summary says so."),
    python: z
      .string()
      .min(1)
      .default("python3")
      .describe(
        "Kept so older configs stay valid; unused: Python cases take their truth from one line-pattern reader on every machine, so test ids do not depend on python3.",
      ),
    keepSnippets: z
      .boolean()
      .default(false)
      .describe("Keep the prompts (which hold file text) as run artifacts; off keeps only paths and hashes."),
  })
  .strict();

/** Options of the `legacy` test source, defaults applied. */
export type LegacySourceConfig = z.output<typeof LegacySourceConfigSchema>;
/** Options of the `legacy` test source as written. */
export type LegacySourceConfigInput = z.input<typeof LegacySourceConfigSchema>;
