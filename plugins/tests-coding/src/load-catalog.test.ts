// Loading the catalog: the shipped folder is complete and valid, content hashes follow the files, and
// a broken test folder is refused with its folder and the problem named.
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { hashTestFiles } from "./content-hash.js";
import { toDifficultyRank } from "./difficulty.js";
import { CATALOG_URL, loadCatalog, loadCodingTest } from "./load-catalog.js";

const temporary: string[] = [];
/** Edit tasks the shipped catalog holds at least. */
const EDIT_TASKS_AT_LEAST = 65;
/** Of those, edit tasks marked `difficulty: "hard"`. */
const HARD_EDIT_TASKS_AT_LEAST = 10;

async function copyTest(id: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "tests-coding-"));
  temporary.push(root);
  await cp(join(fileURLToPath(CATALOG_URL), id), join(root, id), { recursive: true });
  return join(root, id);
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe("loadCatalog", () => {
  it("loads the four plebdev-bench tests with their exported interfaces and six or more harder ones", async () => {
    const tests = await loadCatalog();
    const exportsById = Object.fromEntries(tests.map((test) => [test.id, test.exports]));
    expect(exportsById).toMatchObject({
      smoke: ["add"],
      "calculator-basic": ["add", "subtract", "multiply", "divide"],
      "calculator-stateful": ["createCalculator"],
      "todo-app": ["createTodoApp"],
    });
    expect(tests.filter((test) => !test.tags.includes("plebdev-bench")).length).toBeGreaterThanOrEqual(6);
    const ranks = new Set(tests.map((test) => toDifficultyRank(test.difficulty)));
    for (const rank of [1, 2, 3, 4, 5]) expect(ranks.has(rank)).toBe(true);
  });

  it("reads every file of every test, with at least three mutants each", async () => {
    for (const test of await loadCatalog()) {
      expect(test.suite).toBe("coding");
      const python = test.language === "python";
      if (python) {
        expect(test.prompts.blind).toMatch(/^(Write a Python module|Here is an existing Python module)/);
      } else if (test.original === undefined) {
        expect(test.prompts.blind).toMatch(/^Write a TypeScript module that exports/);
      } else {
        expect(test.prompts.blind).toMatch(/^Here is a TypeScript module/);
        expect(test.prompts.blind).toContain(test.original.trimEnd());
        expect(test.prompts.informed).toContain(test.original.trimEnd());
      }
      expect(test.prompts.informed.length).toBeGreaterThan(test.prompts.blind.length);
      expect(test.spec).toContain(python ? "from solution import" : 'from "./solution"');
      expect(test.rubric).toMatch(/^- .+ \(weight \d+\): /m);
      for (const name of test.exports) {
        if (python)
          expect(test.reference).toMatch(new RegExp(`^(class ${name}\\b|def ${name}\\b|${name} = )`, "m"));
        else expect(test.interfaceSource).toContain(name);
        expect(test.prompts.blind).toContain(name);
        expect(test.prompts.informed).toContain(name);
      }
      expect(test.mutants.length).toBeGreaterThanOrEqual(3);
      expect(test.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("sorts tests by difficulty, then id", async () => {
    const tests = await loadCatalog();
    const keys = tests.map((test) => `${toDifficultyRank(test.difficulty)}:${test.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("changes a test's content hash when one of its files changes", async () => {
    const folder = await copyTest("smoke");
    const before = await loadCodingTest(folder);
    expect(before.contentHash).toBe((await loadCatalog()).find((test) => test.id === "smoke")?.contentHash);
    await writeFile(
      join(folder, "mutants", "subtracts.ts"),
      "export const add = (a: number, b: number) => a - b;\n",
    );
    const after = await loadCodingTest(folder);
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it("reads files in a fixed order for the hash", () => {
    const files = [
      { path: "spec.ts", content: "a" },
      { path: "mutants/x.ts", content: "b" },
    ];
    expect(hashTestFiles(files)).toBe(hashTestFiles([...files].reverse()));
    expect(hashTestFiles(files)).not.toBe(hashTestFiles([{ path: "spec.ts", content: "ab" }]));
  });

  it("reads a Python test from spec.py, reference.py and mutants/*.py, with no interface to check", async () => {
    const test = await loadCodingTest(await copyTest("py-word-frequency"));
    expect(test.language).toBe("python");
    expect(test.spec).toContain("from solution import top_words");
    expect(test.reference).toContain("def top_words(text, n):");
    expect(test.interfaceSource).toBe("");
    expect(test.mutants.map((mutant) => mutant.name)).toContain("case-sensitive");
  });

  it("refuses a Python test without spec.py", async () => {
    const folder = await copyTest("py-word-frequency");
    await rm(join(folder, "spec.py"));
    await expect(loadCodingTest(folder)).rejects.toThrow(/the file spec\.py is missing/);
  });

  it("holds its edit tasks, each with its original module and a mutant returning it unchanged", async () => {
    const edits = (await loadCatalog()).filter((test) => test.original !== undefined);
    expect(edits.length).toBeGreaterThanOrEqual(EDIT_TASKS_AT_LEAST);
    expect(edits.filter((test) => test.difficulty === "hard").length).toBeGreaterThanOrEqual(
      HARD_EDIT_TASKS_AT_LEAST,
    );
    for (const test of edits) {
      expect(test.id).toMatch(/^edit-/);
      expect(test.prompts.blind).not.toContain("{{original.ts}}");
      expect(test.reference).not.toBe(test.original);
      expect(test.mutants.some((mutant) => mutant.source === test.original)).toBe(true);
    }
  });

  it("root: reads another folder of tests", async () => {
    const folder = await copyTest("interval-merge");
    const tests = await loadCatalog({ root: join(folder, "..") });
    expect(tests.map((test) => test.id)).toEqual(["interval-merge"]);
  });
});

describe("loadCodingTest refuses a broken folder", () => {
  const cases: { name: string; breakIt: (folder: string) => Promise<void>; problem: RegExp }[] = [
    {
      name: "spec.ts: missing",
      breakIt: (folder) => rm(join(folder, "spec.ts")),
      problem: /the file spec\.ts is missing/,
    },
    {
      name: "mutants: fewer than three",
      breakIt: async (folder) => {
        await rm(join(folder, "mutants"), { recursive: true });
      },
      problem: /0 mutant\(s\).*at least 3/,
    },
    {
      name: "test.json: not JSON",
      breakIt: (folder) => writeFile(join(folder, "test.json"), "{ id: smoke"),
      problem: /test\.json is not JSON/,
    },
    {
      name: "test.json: difficulty out of range",
      breakIt: (folder) =>
        writeFile(
          join(folder, "test.json"),
          JSON.stringify({
            id: "smoke",
            version: 1,
            title: "t",
            suite: "coding",
            language: "typescript",
            exports: ["add"],
            difficulty: 9,
            tags: [],
          }),
        ),
      problem: /test\.json is not valid: difficulty/,
    },
    {
      name: "test.json: id differs from the folder",
      breakIt: (folder) =>
        writeFile(
          join(folder, "test.json"),
          JSON.stringify({
            id: "other",
            version: 1,
            title: "t",
            suite: "coding",
            language: "typescript",
            exports: ["add"],
            difficulty: 1,
            tags: [],
          }),
        ),
      problem: /says id "other" but the folder is named "smoke"/,
    },
  ];

  for (const { name, breakIt, problem } of cases) {
    it(name, async () => {
      const folder = await copyTest("smoke");
      await breakIt(folder);
      const error = await loadCodingTest(folder).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "CODING_TEST_INVALID", plugin: "@benchloop/tests-coding" });
      expect((error as Error).message).toContain(folder);
      expect((error as Error).message).toMatch(problem);
    });
  }
});

describe("loadCodingTest reads an edit task", () => {
  it("inlines original.ts where both prompts say {{original.ts}}, and hashes it", async () => {
    const folder = await copyTest("edit-paginate");
    const test = await loadCodingTest(folder);
    expect(test.original).toContain("export function pageCount");
    expect(test.prompts.blind).toContain("export function pageCount");
    expect(test.prompts.informed).toContain("export function pageCount");
    await writeFile(join(folder, "original.ts"), "export function pageCount() { return 1; }\n");
    const changed = await loadCodingTest(folder);
    expect(changed.prompts.blind).toContain("```ts\nexport function pageCount() { return 1; }\n```");
    expect(changed.contentHash).not.toBe(test.contentHash);
  });

  it("keeps $ patterns of the module as they are", async () => {
    const folder = await copyTest("edit-paginate");
    await writeFile(join(folder, "original.ts"), "export const s = `$& $1 $$`;\n");
    expect((await loadCodingTest(folder)).prompts.blind).toContain("export const s = `$& $1 $$`;");
  });

  const cases: { name: string; breakIt: (folder: string) => Promise<void>; problem: RegExp }[] = [
    {
      name: "original.ts: missing while the prompts name it",
      breakIt: (folder) => rm(join(folder, "original.ts")),
      problem: /prompt\.blind\.md uses \{\{original\.ts\}\} but the folder has no original\.ts/,
    },
    {
      name: "prompt.informed.md: does not show original.ts",
      breakIt: (folder) => writeFile(join(folder, "prompt.informed.md"), "Fix the paginator.\n"),
      problem: /prompt\.informed\.md uses \{\{original\.ts\}\} 0 times/,
    },
    {
      name: "prompt.blind.md: shows original.ts twice",
      breakIt: (folder) => writeFile(join(folder, "prompt.blind.md"), "{{original.ts}}\n{{original.ts}}\n"),
      problem: /prompt\.blind\.md uses \{\{original\.ts\}\} 2 times/,
    },
  ];
  for (const { name, breakIt, problem } of cases) {
    it(name, async () => {
      const folder = await copyTest("edit-paginate");
      await breakIt(folder);
      const error = await loadCodingTest(folder).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "CODING_TEST_INVALID" });
      expect((error as Error).message).toMatch(problem);
    });
  }
});
