// The `coding` source honours the run's hint (`wanted`): it reads only the catalog folders of the tests
// or suites wanted, and the shipped catalog is read once per process.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ComponentContext, SILENT_LOGGER } from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCodingTestSource } from "./coding-test-source.js";
import { CATALOG_URL, loadCatalog } from "./load-catalog.js";

const ctx: ComponentContext = { signal: new AbortController().signal, logger: SILENT_LOGGER };

let root: string;
beforeAll(async () => {
  // Two tests and a family of the shipped catalog, and a broken folder: reading it fails the load.
  root = await mkdtemp(join(tmpdir(), "benchloop-wanted-"));
  const shipped = fileURLToPath(CATALOG_URL);
  for (const folder of ["calculator-basic", "calculator-stateful", "family-run-length"])
    await cp(join(shipped, folder), join(root, folder), { recursive: true });
  await mkdir(join(root, "broken"));
  await writeFile(join(root, "broken", "test.json"), JSON.stringify({ id: "broken", suite: "elsewhere" }));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const load = (wanted?: { tests?: string[]; suites?: string[] }) =>
  createCodingTestSource({ cwd: root }).load({ options: { root }, ...(wanted ? { wanted } : {}) }, ctx);

describe("the coding source with the tests wanted", () => {
  it("reads only the folders of the test ids wanted, families by their seed ids", async () => {
    const tests = await load({ tests: ["calculator-basic", "family-run-length.s1", "live/other"] });
    expect(tests.map((test) => test.id)).toEqual(["calculator-basic", "family-run-length.s1"]);
  });

  it("reads every folder without a hint (the broken one fails the load)", async () => {
    await expect(load()).rejects.toMatchObject({ code: "CODING_TEST_INVALID" });
  });

  it("delivers nothing, reading no test, when only other sources' tests are wanted", async () => {
    expect(await load({ tests: ["live/http-status-rate-limit"] })).toEqual([]);
  });

  it("reads the folders of the suites wanted, and none for another suite", async () => {
    expect(await load({ suites: ["balanced"] })).toEqual([]);
    expect((await load({ suites: ["coding"] })).map((test) => test.id)).toEqual(
      expect.arrayContaining(["calculator-basic", "calculator-stateful", "family-run-length.s1"]),
    );
    await expect(load({ suites: ["elsewhere"] })).rejects.toMatchObject({ code: "CODING_TEST_INVALID" });
  });

  it("checks the config's own test ids against the whole catalog, whatever the hint", async () => {
    const source = createCodingTestSource({ cwd: root });
    const loading = source.load(
      { options: { root, tests: ["calculator-basic"] }, wanted: { tests: ["calculator-basic"] } },
      ctx,
    );
    await expect(loading).rejects.toMatchObject({ code: "CODING_TEST_INVALID" });
  });
});

describe("loadCatalog", () => {
  it("reads the shipped catalog once per process, a root at every call", async () => {
    const [first, second] = [await loadCatalog(), await loadCatalog()];
    expect(second.length).toBe(first.length);
    expect(second.every((test, index) => test === first[index])).toBe(true);
    const only = (name: string) => name === "calculator-basic";
    const [a, b] = [await loadCatalog({ root, folders: only }), await loadCatalog({ root, folders: only })];
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
  });
});
