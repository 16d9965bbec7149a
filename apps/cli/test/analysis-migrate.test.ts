// `benchloop migrate`: dry run by default, --write with a backup, refusal of newer versions.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

const FIXTURES = new URL("../../../packages/core/src/migrations/fixtures/", import.meta.url).pathname;

let cwd: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

async function placeRun(folder: string, fixture: string): Promise<string> {
  const dir = path.join(cwd, folder);
  await mkdir(dir, { recursive: true });
  await copyFile(path.join(FIXTURES, fixture), path.join(dir, "run.json"));
  return path.join(dir, "run.json");
}

beforeEach(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-migrate-"));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("benchloop migrate", () => {
  it("prints what would change and writes nothing without --write", async () => {
    const file = await placeRun("old", "plebdev-0.1.0.run.json");
    const before = await readFile(file, "utf8");
    const { code, out } = await benchloop("migrate", "old");
    expect(code).toBe(0);
    expect(out).toContain('~ old/run.json: schemaVersion "0.1.0" → 2\n');
    expect(out).toContain(
      "result: run 20260125T201851Z-fbba6f, 9 items (✓ 1 passed · ✗ 3 failed · ! 5 error · – 0 skipped)",
    );
    expect(out).toContain("Dry run: nothing was written.");
    expect(await readFile(file, "utf8")).toBe(before);
  });

  it("--write migrates the file, keeps the original as .bak, and a second call finds it current", async () => {
    const file = await placeRun("old", "plebdev-0.1.0.run.json");
    const before = await readFile(file, "utf8");
    const written = await benchloop("migrate", "old/run.json", "--write");
    expect(written.code).toBe(0);
    expect(written.out).toContain("✓ written; original kept as old/run.json.bak");
    expect(await readFile(`${file}.bak`, "utf8")).toBe(before);
    expect(JSON.parse(await readFile(file, "utf8")).schemaVersion).toBe(2);
    const again = await benchloop("migrate", "old", "--write");
    expect(again.out).toBe("✓ old/run.json: current (schemaVersion 2)\n");
  });

  it("walks a results folder and reports every run, failing for a newer version", async () => {
    await placeRun("results/20260301T101500Z-0a1b2c", "benchloop-1.run.json");
    await placeRun("results/20270101T000000Z-ffffff", "future-3.run.json");
    await writeFile(path.join(cwd, "results", "index.json"), "{}");
    const { code, out } = await benchloop("migrate", "results");
    expect(code).toBe(1);
    expect(out).toContain("~ results/20260301T101500Z-0a1b2c/run.json: schemaVersion 1 → 2\n");
    expect(out).toContain("    1 → 2: benchloop run 1 → 2: repair rounds");
    expect(out).toContain(
      "✗ results/20270101T000000Z-ffffff/run.json: run.json (" +
        path.join(cwd, "results/20270101T000000Z-ffffff/run.json") +
        ") has schemaVersion 3; this benchloop reads versions up to 2.",
    );
  });

  it("refuses a path that holds no run", async () => {
    const { code, err } = await benchloop("migrate", ".");
    expect(code).toBe(1);
    expect(err).toContain("holds no run.json, directly or in its folders");
  });
});
