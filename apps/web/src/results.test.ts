// The runs page's headers: a run.json as the store writes it is read by its head (the items are not
// parsed), one written otherwise in full; both give their models and status, and a path is no run id.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { RUN_SCHEMA_VERSION, summarizeRun, writeRunFile } from "@benchloop/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listRunHeaders, runDirOf } from "./results.js";

const group = { items: 1, passed: 1, failed: 0, error: 0, skipped: 0, errorsByType: {} };

function run(runId: string, model: string) {
  return {
    schemaVersion: RUN_SCHEMA_VERSION,
    runId,
    status: "completed",
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt: "2026-01-01T00:01:00.000Z",
    durationMs: 60_000,
    simulated: false,
    plugins: [],
    summary: { ...summarizeRun([]), byModel: { [model]: group } },
    // Not item results: a head read never parses them (a full read would refuse them).
    items: [{ not: "an item" }],
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "web-results-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("listRunHeaders", () => {
  it("reads the summary of a store-written run.json from its head, and of another one in full", async () => {
    const a = "20260101T000000Z-aaaaaa";
    const b = "20260102T000000Z-bbbbbb";
    await mkdir(path.join(dir, a));
    writeRunFile(path.join(dir, a, "run.json"), run(a, "qwen3:8b"));
    await mkdir(path.join(dir, b));
    await writeFile(path.join(dir, b, "run.json"), JSON.stringify(run(b, "llama3.1:8b")));
    const headers = await listRunHeaders(dir);
    expect(headers.map((h) => [h.runId, h.status, h.models])).toEqual([
      [b, "completed", ["llama3.1:8b"]],
      [a, "completed", ["qwen3:8b"]],
    ]);
  });
});

describe("runDirOf", () => {
  it("takes run ids only", () => {
    expect(runDirOf(dir, "20260101T000000Z-aaaaaa")).toBe(path.join(dir, "20260101T000000Z-aaaaaa"));
    for (const bad of ["../x", "/etc", "20260101T000000Z-aaaaaa/../..", "latest"])
      expect(() => runDirOf(dir, bad)).toThrow(/is not a run id/);
  });
});
