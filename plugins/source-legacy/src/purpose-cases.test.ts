// Purpose cases: the file's own header comment among sibling files' descriptions, the comment removed
// from the file shown, answered by letter; a case a word-overlap script would answer is not built.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildLegacyCases } from "./build-cases.js";
import { LegacyCaseDataSchema } from "./case-data.js";
import { readHeaderComment } from "./header-comment.js";
import { pickPurposeChoices } from "./purpose-choices.js";
import { readChoiceLetter, scoreLegacyAnswer } from "./score-legacy.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const FILES: Record<string, string> = {
  "src/money.ts":
    "// Money helpers: every amount is kept as an integer number of cents and formatted per currency.\nexport function formatCents(amount: number): string {\n  return (amount / 100).toFixed(2);\n}\n",
  "src/retry.ts":
    "/**\n * Retries a flaky async call with capped exponential backoff and full jitter between attempts.\n */\nexport async function retry<T>(call: () => Promise<T>, attempts = 3): Promise<T> {\n  for (let i = 0; ; i++) {\n    try {\n      return await call();\n    } catch (error) {\n      if (i + 1 >= attempts) throw error;\n    }\n  }\n}\n",
  "src/slug.ts":
    "// Turns titles into URL slugs: lowercase words joined by hyphens, punctuation dropped entirely.\nexport const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');\n",
  "reports/report.py":
    '"""Reads the monthly sales CSV export and prints the totals per region as a small table."""\nimport csv\n\ndef totals(path):\n    with open(path) as handle:\n        return list(csv.DictReader(handle))\n',
  "src/cache.ts":
    "// A small LRU cache that evicts the least recently used entry once it holds its capacity.\nexport class Lru<K, V> {\n  private map = new Map<K, V>();\n  constructor(private capacity: number) {}\n}\n",
};

describe("readHeaderComment", () => {
  it("reads // lines, /** */ blocks and docstrings, and returns the file without them", () => {
    expect(readHeaderComment(FILES["src/money.ts"]!)?.description).toBe(
      "Money helpers: every amount is kept as an integer number of cents and formatted per currency.",
    );
    const block = readHeaderComment(FILES["src/retry.ts"]!);
    expect(block?.description).toBe(
      "Retries a flaky async call with capped exponential backoff and full jitter between attempts.",
    );
    expect(block?.rest.startsWith("export async function retry")).toBe(true);
    expect(readHeaderComment(FILES["reports/report.py"]!)?.description).toContain("monthly sales CSV");
    expect(readHeaderComment("export const x = 1;\n")).toBeUndefined();
    expect(readHeaderComment("// short note\nexport const x = 1;\n")).toBeUndefined();
  });
});

describe("pickPurposeChoices", () => {
  it("refuses a case whose true description shares strictly the most words with the file", () => {
    const picked = pickPurposeChoices({
      caseId: "x",
      description: "Formats cents amounts per currency",
      shownText: "export function formatCents(amount: number, currency: string) { return cents; }",
      siblings: ["Sends mail through SMTP", "Parses command-line flags for the tool"],
    });
    expect(picked).toBeUndefined();
  });
});

describe("purpose cases built from a project", () => {
  it("show the file without its comment, list the options, and score only the right letter", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "benchloop-purpose-"));
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, "proj", file)), { recursive: true });
      await writeFile(path.join(dir, "proj", file), text);
    }
    const { tests } = await buildLegacyCases({ config: { roots: ["proj"], kinds: ["purpose"] }, cwd: dir });
    expect(tests.length).toBeGreaterThan(0);
    for (const test of tests) {
      expect(test.suite).toBe("legacy");
      const data = LegacyCaseDataSchema.parse(test.data);
      if (data.kind !== "purpose") throw new Error("not a purpose case");
      const own = data.choices[["A", "B", "C", "D"].indexOf(data.answer)]!;
      expect(test.prompts.informed).toContain(`${data.answer}) ${own}`);
      expect(test.prompts.informed.split("```")[1]).not.toContain(own);
      expect(scoreLegacyAnswer(data, "informed", data.answer).passed).toBe(true);
      const wrong = data.answer === "A" ? "B" : "A";
      expect(scoreLegacyAnswer(data, "informed", wrong).passed).toBe(false);
      expect(test.knownAnswers?.map((k) => k.expect)).toEqual(["pass", "fail"]);
    }
  });

  it("reads the letter from a bare letter, an answer field or a sentence", () => {
    expect(readChoiceLetter("B")).toBe("B");
    expect(readChoiceLetter("**c)**")).toBe("C");
    expect(readChoiceLetter('{"answer": "d"}')).toBe("D");
    expect(readChoiceLetter("The answer is A.")).toBe("A");
    expect(readChoiceLetter("A or B")).toBeUndefined();
  });
});

describe("purpose cases and python3", () => {
  it("have the same ids and content hashes whether or not a Python interpreter is found", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "benchloop-purpose-py-"));
    for (const [file, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, "proj", file)), { recursive: true });
      await writeFile(path.join(dir, "proj", file), text);
    }
    const build = (python: string) =>
      buildLegacyCases({ config: { roots: ["proj"], kinds: ["purpose"], python }, cwd: dir! });
    const withPython = await build("python3");
    const without = await build("no-such-python-interpreter");
    expect(withPython.tests.length).toBeGreaterThan(0);
    expect(without.tests.map((t) => [t.id, t.contentHash])).toEqual(
      withPython.tests.map((t) => [t.id, t.contentHash]),
    );
  });
});
