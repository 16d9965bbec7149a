// Task families: deterministic instances whose seed is part of id and content hash, and — through
// the real sandbox — references that pass, mutants that are killed and format mutants that pass.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandboxPool, type SandboxPool } from "@benchloop/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCatalog } from "./check-catalog.js";
import { CODING_FAMILIES } from "./families/index.js";
import { loadCatalog } from "./load-catalog.js";
import { loadFamilyFolder, toCodingTest } from "./load-family.js";

describe("task families", () => {
  it("generate the same instance from the same seed and a different one from another seed", () => {
    for (const family of CODING_FAMILIES) {
      const once = toCodingTest(family, 7);
      expect(toCodingTest(family, 7)).toEqual(once);
      const other = toCodingTest(family, 8);
      expect(other.id).toBe(`family-${family.name}.s8`);
      expect(other.contentHash).not.toBe(once.contentHash);
      expect(other.prompts.informed).not.toBe(once.prompts.informed);
    }
  });

  it("give at least 40 catalog tests from at least 8 families of at least 5 seeds", async () => {
    const tests = (await loadCatalog()).filter((test) => test.id.startsWith("family-"));
    const byFamily = new Map<string, number>();
    for (const test of tests) {
      const name = test.id.slice(0, test.id.lastIndexOf(".s"));
      byFamily.set(name, (byFamily.get(name) ?? 0) + 1);
    }
    expect(tests.length).toBeGreaterThanOrEqual(40);
    expect(byFamily.size).toBeGreaterThanOrEqual(8);
    for (const count of byFamily.values()) expect(count).toBeGreaterThanOrEqual(5);
    expect(new Set(tests.map((test) => test.id)).size).toBe(tests.length);
  });
});

describe("loadFamilyFolder", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "benchloop-family-"));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const folderWith = (name: string, json: string) => {
    const folder = join(root, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "family.json"), json);
    return folder;
  };

  it("generates one test per seed", () => {
    const tests = loadFamilyFolder(
      folderWith("family-tiered-pricing", '{ "family": "tiered-pricing", "seeds": [3, 1] }'),
    );
    expect(tests.map((test) => test.id)).toEqual(["family-tiered-pricing.s3", "family-tiered-pricing.s1"]);
  });

  it.each([
    [
      "family: unknown",
      "family-nope",
      '{ "family": "nope", "seeds": [1] }',
      /names the family "nope", which is not built in/,
    ],
    [
      "folder: wrong name",
      "prices",
      '{ "family": "tiered-pricing", "seeds": [1] }',
      /must be named "family-tiered-pricing"/,
    ],
    ["seeds: empty", "family-a", '{ "family": "tiered-pricing", "seeds": [] }', /seeds: /],
    [
      "seeds: duplicate",
      "family-tiered-pricing",
      '{ "family": "tiered-pricing", "seeds": [1, 1] }',
      /lists a seed twice/,
    ],
    ["file: not JSON", "family-b", "{", /is not readable JSON/],
  ])("%s", (_case, name, json, message) => {
    const folder = folderWith(name, json);
    expect(() => loadFamilyFolder(folder)).toThrow(
      expect.objectContaining({ code: "CODING_TEST_INVALID", message: expect.stringMatching(message) }),
    );
  });
});

describe("the family tests of the catalog", () => {
  let pool: SandboxPool;
  beforeAll(() => {
    pool = createSandboxPool({ size: 2 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it("pass their references, kill their mutants and pass their format mutants", async () => {
    const tests = (await loadCatalog()).filter((test) => test.id.startsWith("family-"));
    const report = await checkCatalog(pool, { tests });
    const problems = report.tests
      .filter((test) => !test.ok)
      .map((test) => ({
        id: test.id,
        referenceFailures: test.reference.failedChecks,
        referenceFailure: test.reference.failure,
        typeCheck: test.reference.typeCheck?.passed ? undefined : test.reference.typeCheck,
        survivors: test.mutants.survivors,
        formatFailures: test.formats.outcomes.filter((outcome) => !outcome.passed),
      }));
    expect(problems).toEqual([]);
  }, 300_000);
});
