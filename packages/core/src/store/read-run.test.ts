import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRun } from "./read-run.js";

const FIXTURE = new URL("../migrations/fixtures/benchloop-1.run.json", import.meta.url).pathname;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "benchloop-read-run-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readRun", () => {
  it("reads the run.json of a run folder through the migration chain", async () => {
    const runDir = path.join(dir, "20260301T101500Z-0a1b2c");
    await mkdir(runDir);
    await copyFile(FIXTURE, path.join(runDir, "run.json"));
    const run = await readRun(runDir);
    expect(run.runId).toBe("20260301T101500Z-0a1b2c");
    expect(run.items).toHaveLength(2);
  });

  it("says a run without run.json has not finished, and how to finish it", async () => {
    const runDir = path.join(dir, "20260301T101500Z-0a1b2c");
    await mkdir(runDir);
    await expect(readRun(runDir)).rejects.toMatchObject({
      code: "RUN_NOT_FOUND",
      location: { file: path.join(runDir, "run.json") },
      hint: "Finish it with `benchloop run --resume 20260301T101500Z-0a1b2c`.",
    });
  });
});
