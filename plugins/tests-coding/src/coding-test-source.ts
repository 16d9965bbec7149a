// The `coding` test source: the shipped catalog (or a folder of the same shape) as benchloop tests,
// each carrying in `data` what the `code` scorer needs to run its spec.
import { readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import {
  type BenchTest,
  type ComponentDeps,
  isTestWanted,
  nameUnknown,
  type TestSource,
  type TestWish,
  z,
} from "@benchloop/core";
import type { CodingTest } from "./coding-test.js";
import { CodingTestDataSchema } from "./coding-test-data.js";
import { toInformedOnlyChecks } from "./contracts.js";
import { toDifficultyRank } from "./difficulty.js";
import { loadCatalog } from "./load-catalog.js";
import { isFamilyFolder } from "./load-family.js";

/** Options of the `coding` test source (`sources.coding` in the config). */
export const CodingSourceConfigSchema = z
  .object({
    tests: z
      .array(z.string().min(1))
      .optional()
      .describe("Ids of the catalog tests to deliver (default: every test)."),
    root: z
      .string()
      .min(1)
      .optional()
      .describe("A folder of coding tests in the catalog's shape to read instead of the built-in catalog."),
  })
  .strict();

/** Options of the `coding` test source. */
export type CodingSourceConfig = z.infer<typeof CodingSourceConfigSchema>;

/** Turns a catalog test into the test a run plans with. */
export function toBenchTest(test: CodingTest): BenchTest {
  const informedOnlyChecks = toInformedOnlyChecks(test.contracts);
  return {
    id: test.id,
    version: String(test.version),
    source: "coding",
    suite: test.suite,
    title: test.title,
    contentHash: test.contentHash,
    prompts: { blind: test.prompts.blind, informed: test.prompts.informed },
    scorer: "code",
    // A failed answer's failing checks (expected, actual, error) are the feedback of a repair round.
    repair: true,
    rubric: test.rubric,
    tags: test.tags,
    difficulty: toDifficultyRank(test.difficulty),
    ...(test.smoke ? { smoke: true } : {}),
    data: CodingTestDataSchema.parse({
      language: test.language,
      exports: test.exports,
      spec: test.spec,
      interfaceSource: test.interfaceSource,
      ...(informedOnlyChecks.length > 0 ? { informedOnlyChecks } : {}),
    }),
  };
}

/**
 * Which catalog folders may hold a wanted test: by name for test ids (a family's tests are
 * `<folder>.s<seed>`), else by the suite its `test.json` names (a family's is `coding`).
 */
function wantedFolders(wanted: TestWish): (name: string, path: string) => boolean {
  const { tests, suites } = wanted;
  if (tests) return (name) => tests.some((id) => id === name || id.startsWith(`${name}.s`));
  return (_name, path) => {
    if (isFamilyFolder(path)) return suites?.includes("coding") ?? true;
    try {
      const { suite } = JSON.parse(readFileSync(join(path, "test.json"), "utf8")) as { suite?: unknown };
      return typeof suite !== "string" || (suites?.includes(suite) ?? true);
    } catch {
      // Read in full, so the folder's problem is reported.
      return true;
    }
  };
}

/** Creates the `coding` test source. */
export function createCodingTestSource(deps: Pick<ComponentDeps, "cwd">): TestSource {
  return {
    async load(input) {
      const options = CodingSourceConfigSchema.parse(input.options ?? {});
      const root =
        options.root === undefined
          ? undefined
          : isAbsolute(options.root)
            ? options.root
            : resolve(deps.cwd, options.root);
      // The run's hint: only the folders of the tests it wants are read (unless the config names its
      // own tests, which are checked against the whole catalog).
      const hint = options.tests ? undefined : input.wanted;
      const folders = hint ? wantedFolders(hint) : undefined;
      const tests = await loadCatalog({
        ...(root === undefined ? {} : { root }),
        ...(folders ? { folders } : {}),
      });
      if (hint) return tests.filter((test) => isTestWanted(hint, test.id, test.suite)).map(toBenchTest);
      if (!options.tests) return tests.map(toBenchTest);
      const known = new Set(tests.map((test) => test.id));
      const unknown = options.tests.filter((id) => !known.has(id));
      if (unknown.length > 0) throw nameUnknown("coding test", unknown, [...known], "sources.coding.tests");
      const wanted = new Set(options.tests);
      return tests.filter((test) => wanted.has(test.id)).map(toBenchTest);
    },
  };
}
