// Reads a family folder of the catalog: `family-<name>/family.json` names a built-in generator and
// the seeds to draw; each seed becomes one coding test `family-<name>.s<seed>`, whose seed is part of
// its id and, with everything generated, of its content hash.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BenchloopError, z } from "@benchloop/core";
import type { CodingTest } from "./coding-test.js";
import { hashTestFiles, type TestFile } from "./content-hash.js";
import { CONTRACTS_FILE } from "./contracts.js";
import type { CodingFamily, FamilyInstance } from "./families/family.js";
import { CODING_FAMILIES } from "./families/index.js";

/** The file that makes a catalog folder a family. */
export const FAMILY_FILE = "family.json";

const MIN_MUTANTS = 3;

/** The `family.json` of a family folder. */
export const FamilyFileSchema = z
  .object({
    family: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .describe("Name of the built-in generator; the folder is family-<name>."),
    seeds: z
      .array(z.number().int().min(0).max(0xffffffff))
      .min(1)
      .describe("Seeds to generate; each gives one test family-<name>.s<seed>."),
  })
  .strict();

/** True when `folder` holds a `family.json`. */
export function isFamilyFolder(folder: string): boolean {
  return existsSync(join(folder, FAMILY_FILE));
}

/**
 * Generates the tests of a family folder, one per seed, in seed order.
 * @throws CODING_TEST_INVALID naming the folder: bad `family.json`, unknown family, folder not named
 * `family-<name>`, duplicate seeds, or an instance with fewer than three mutants
 */
export function loadFamilyFolder(
  folder: string,
  families: readonly CodingFamily[] = CODING_FAMILIES,
): CodingTest[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(folder, FAMILY_FILE), "utf8"));
  } catch (error) {
    throw invalidFamily(folder, `${FAMILY_FILE} is not readable JSON (${(error as Error).message})`);
  }
  const parsed = FamilyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`,
    );
    throw invalidFamily(folder, `${FAMILY_FILE} is not valid: ${issues.join("; ")}`);
  }
  const { family: name, seeds } = parsed.data;
  const family = families.find((candidate) => candidate.name === name);
  if (!family) {
    throw invalidFamily(
      folder,
      `${FAMILY_FILE} names the family "${name}", which is not built in (known: ${families.map((f) => f.name).join(", ")})`,
    );
  }
  const folderName = folder.split(/[\\/]/).filter(Boolean).pop();
  if (folderName !== `family-${name}`) {
    throw invalidFamily(
      folder,
      `the folder of family "${name}" must be named "family-${name}", not "${folderName}"`,
    );
  }
  if (new Set(seeds).size !== seeds.length) throw invalidFamily(folder, `${FAMILY_FILE} lists a seed twice`);
  return seeds.map((seed) => toCodingTest(family, seed, folder));
}

/** The test of one seed. */
export function toCodingTest(
  family: CodingFamily,
  seed: number,
  folder = `family-${family.name}`,
): CodingTest {
  const instance = family.generate(seed);
  if (instance.mutants.length < MIN_MUTANTS) {
    throw invalidFamily(
      folder,
      `seed ${seed} gives ${instance.mutants.length} mutant(s); every test needs at least ${MIN_MUTANTS}`,
    );
  }
  const id = `family-${family.name}.s${seed}`;
  return {
    id,
    version: family.version,
    title: instance.title,
    suite: "coding",
    language: "typescript",
    exports: instance.exports,
    difficulty: family.difficulty,
    tags: family.tags,
    prompts: instance.prompts,
    spec: instance.spec,
    rubric: instance.rubric,
    reference: instance.reference,
    interfaceSource: instance.interfaceSource,
    mutants: instance.mutants,
    formats: instance.formats ?? [],
    contracts: instance.contracts ?? [],
    contentHash: hashTestFiles(toFiles(family, seed, instance)),
  };
}

/** The instance as the files a folder test would have, plus the family, version and seed. */
function toFiles(family: CodingFamily, seed: number, instance: FamilyInstance): TestFile[] {
  return [
    { path: "family", content: JSON.stringify({ family: family.name, version: family.version, seed }) },
    {
      path: "test.json",
      content: JSON.stringify({
        title: instance.title,
        exports: instance.exports,
        difficulty: family.difficulty,
        tags: family.tags,
      }),
    },
    { path: "prompt.blind.md", content: instance.prompts.blind },
    { path: "prompt.informed.md", content: instance.prompts.informed },
    { path: "spec.ts", content: instance.spec },
    { path: "rubric.md", content: instance.rubric },
    { path: "reference.ts", content: instance.reference },
    { path: "interface.d.ts", content: instance.interfaceSource },
    { path: CONTRACTS_FILE, content: JSON.stringify(instance.contracts ?? []) },
    ...instance.mutants.map((m) => ({ path: `mutants/${m.name}.ts`, content: m.source })),
    ...(instance.formats ?? []).map((m) => ({ path: `formats/${m.name}.ts`, content: m.source })),
  ];
}

function invalidFamily(folder: string, problem: string): BenchloopError {
  return new BenchloopError({
    code: "CODING_TEST_INVALID",
    message: `Coding test family folder ${folder}: ${problem}.`,
    hint: `A family folder family-<name>/ holds only ${FAMILY_FILE}: { "family": "<name>", "seeds": [1, 2, 3] }, naming a built-in family.`,
    location: { file: folder },
    plugin: "@benchloop/tests-coding",
  });
}
