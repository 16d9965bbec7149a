// Reads the catalog: one folder per test under `catalog/` of this package (found relative to this
// module, so `src` under vitest and `dist` once published read the same folder), validated and hashed.
// The files are small and read synchronously: a hundred-odd async reads cost a CLI start ~100 ms.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BenchloopError, toValidationIssues } from "@benchloop/core";
import { type CodingMutant, type CodingTest, CodingTestMetaSchema } from "./coding-test.js";
import { hashTestFiles, type TestFile } from "./content-hash.js";
import { CONTRACTS_FILE, parseContractsFile } from "./contracts.js";
import { toDifficultyRank } from "./difficulty.js";
import { inlineOriginal, ORIGINAL_FILE } from "./inline-original.js";
import { isFamilyFolder, loadFamilyFolder } from "./load-family.js";

/** The package name, named in errors. */
export const PACKAGE_NAME = "@benchloop/tests-coding";

/** The catalog folder shipped with this package. */
export const CATALOG_URL = new URL("../catalog/", import.meta.url);

const REQUIRED_FILES = [
  "test.json",
  "prompt.blind.md",
  "prompt.informed.md",
  "spec.ts",
  "rubric.md",
  "reference.ts",
  "interface.d.ts",
] as const;
/** A Python test's files: the spec and reference in Python, and no declared interface to type-check. */
const PYTHON_REQUIRED_FILES = [
  "test.json",
  "prompt.blind.md",
  "prompt.informed.md",
  "spec.py",
  "rubric.md",
  "reference.py",
] as const;
const MIN_MUTANTS = 3;

/** Options of {@link loadCatalog}. */
export interface LoadCatalogOptions {
  /** Catalog folder to read instead of the shipped one (a path or a `file:` URL). */
  root?: string | URL;
  /** Reads only the test folders this accepts (given the folder's name and path); default all. */
  folders?: (name: string, path: string) => boolean;
}

/**
 * The shipped catalog's tests by folder, read once per process: it does not change while benchloop
 * runs, and a command may ask for it twice (`run --demo`: the simulator's answers, then the plan).
 */
const shippedFolders = new Map<string, Promise<CodingTest[]>>();

function loadFolder(path: string): Promise<CodingTest[]> {
  return isFamilyFolder(path)
    ? Promise.resolve().then(() => loadFamilyFolder(path))
    : loadCodingTest(path).then((test) => [test]);
}

function loadShippedFolder(path: string): Promise<CodingTest[]> {
  let loading = shippedFolders.get(path);
  if (!loading) {
    loading = loadFolder(path);
    shippedFolders.set(path, loading);
    // A folder that failed is read again next time.
    loading.catch(() => shippedFolders.delete(path));
  }
  return loading;
}

/**
 * Loads the tests of the catalog (every folder, or those `options.folders` accepts), sorted by
 * difficulty then id; a family folder (`family.json`) gives one test per seed (see `load-family.ts`).
 * The shipped catalog is read once per process; a `root` is read at every call.
 * @throws CODING_TEST_INVALID naming the folder and what is wrong (missing file, bad `test.json`,
 * id not equal to the folder name, fewer than three mutants)
 */
export async function loadCatalog(options: LoadCatalogOptions = {}): Promise<CodingTest[]> {
  const root = toPath(options.root ?? CATALOG_URL);
  const load = options.root === undefined ? loadShippedFolder : loadFolder;
  const entries = readdirSync(root, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => !options.folders || options.folders(name, join(root, name)));
  const tests = (await Promise.all(folders.map((folder) => load(join(root, folder))))).flat();
  return tests.sort(
    (a, b) =>
      toDifficultyRank(a.difficulty) - toDifficultyRank(b.difficulty) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Loads one test folder. An edit task also has `original.ts`, the module its prompts ask to change,
 * inlined into both prompts where they say `{{original.ts}}`.
 * @throws CODING_TEST_INVALID
 */
export async function loadCodingTest(folder: string): Promise<CodingTest> {
  const files = new Map<string, string>();
  const python = isPythonTest(folder);
  const extension = python ? ".py" : ".ts";
  for (const name of python ? PYTHON_REQUIRED_FILES : REQUIRED_FILES) {
    const content = readText(join(folder, name));
    if (content === undefined) throw invalidTest(folder, `the file ${name} is missing or unreadable`);
    files.set(name, content);
  }
  const mutantNames = listFolder(join(folder, "mutants"))
    .filter((name) => name.endsWith(extension))
    .sort();
  if (mutantNames.length < MIN_MUTANTS) {
    throw invalidTest(
      folder,
      `it has ${mutantNames.length} mutant(s) in mutants/; every test needs at least ${MIN_MUTANTS}`,
    );
  }
  const mutants: CodingMutant[] = [];
  for (const name of mutantNames) {
    const source = readFileSync(join(folder, "mutants", name), "utf8");
    files.set(`mutants/${name}`, source);
    mutants.push({ name: name.slice(0, -extension.length), source });
  }

  const formats: CodingMutant[] = [];
  for (const name of listFolder(join(folder, "formats"))
    .filter((entry) => entry.endsWith(extension))
    .sort()) {
    const source = readFileSync(join(folder, "formats", name), "utf8");
    files.set(`formats/${name}`, source);
    formats.push({ name: name.slice(0, -extension.length), source });
  }
  const contractsText = readText(join(folder, CONTRACTS_FILE));
  if (contractsText !== undefined) files.set(CONTRACTS_FILE, contractsText);
  const contracts =
    contractsText === undefined ? { ok: true as const, contracts: [] } : parseContractsFile(contractsText);
  if (!contracts.ok) throw invalidTest(folder, contracts.problem);

  const meta = parseMeta(folder, files.get("test.json") as string);
  const folderName = folder.split(/[\\/]/).filter(Boolean).pop();
  if (meta.id !== folderName) {
    throw invalidTest(
      folder,
      `test.json says id "${meta.id}" but the folder is named "${folderName}"; make them equal`,
    );
  }
  const original = readText(join(folder, ORIGINAL_FILE));
  if (original !== undefined) files.set(ORIGINAL_FILE, original);
  const prompts = {
    blind: files.get("prompt.blind.md") as string,
    informed: files.get("prompt.informed.md") as string,
  };
  const inlined = inlineOriginal(prompts, original);
  if (!inlined.ok) throw invalidTest(folder, inlined.problem);
  const fileList: TestFile[] = [...files].map(([path, content]) => ({ path, content }));
  return {
    ...meta,
    prompts: inlined.prompts,
    ...(original === undefined ? {} : { original }),
    spec: files.get(`spec${extension}`) as string,
    rubric: files.get("rubric.md") as string,
    reference: files.get(`reference${extension}`) as string,
    interfaceSource: files.get("interface.d.ts") ?? "",
    mutants,
    formats,
    contracts: contracts.contracts,
    contentHash: hashTestFiles(fileList),
  };
}

/** Whether the folder holds a Python test (`"language": "python"` in its test.json). */
function isPythonTest(folder: string): boolean {
  const text = readText(join(folder, "test.json"));
  if (text === undefined) return false;
  try {
    return (JSON.parse(text) as { language?: unknown }).language === "python";
  } catch {
    return false;
  }
}

/** A file's text, or undefined when it cannot be read. */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** A folder's entries, or none when it cannot be read. */
function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

function parseMeta(folder: string, text: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalidTest(folder, `test.json is not JSON (${(error as Error).message})`);
  }
  const parsed = CodingTestMetaSchema.safeParse(json);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error);
    throw invalidTest(
      folder,
      `test.json is not valid: ${issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}

function invalidTest(folder: string, problem: string): BenchloopError {
  return new BenchloopError({
    code: "CODING_TEST_INVALID",
    message: `Coding test folder ${folder}: ${problem}.`,
    hint: "Each test folder needs test.json, both prompts, spec.ts, rubric.md, reference.ts, interface.d.ts and mutants/*.ts (a Python test: spec.py, reference.py, mutants/*.py and formats/*.py, no interface.d.ts; an edit task also original.ts, named in both prompts as {{original.ts}}).",
    location: { file: folder },
    plugin: PACKAGE_NAME,
  });
}

function toPath(root: string | URL): string {
  return typeof root === "string" ? root : fileURLToPath(root);
}
