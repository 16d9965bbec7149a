import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { WrittenConfig } from "../config/config-schema.js";
import { createFakeRecorder, type FakeRecorder } from "../testing/fake-plugin.js";
import { createFakeWorkspace, type FakeWorkspace } from "../testing/fake-workspace.js";
import { type RunBenchmarkOptions, runBenchmark } from "./run-benchmark.js";

let ws: FakeWorkspace;
let recorder: FakeRecorder;
afterEach(async () => {
  await ws?.cleanup();
});

async function run(written: WrittenConfig, extra: Partial<RunBenchmarkOptions> = {}) {
  const config = ws.config({ models: ["fake-small"], passTypes: ["blind"], cache: false, ...written });
  return runBenchmark({ ...extra, config, registry: ws.registry, scope: ws.scope(config), cwd: ws.dir });
}

const generated = () => recorder.calls.filter((c) => c.startsWith("generate")).map((c) => c.split("|")[2]);

describe("run --rerun", () => {
  it("failed: reruns items that did not pass and copies the rest with provenance, leaving the source run untouched", async () => {
    recorder = createFakeRecorder();
    ws = await createFakeWorkspace({ recorder });
    const scripted = {
      harnesses: {
        fake: { items: { "t-02": { outcome: "fail" as const }, "t-03": { outcome: "error" as const } } },
      },
    };
    const source = await run({ sources: { "fake-tests": { count: 4 } }, ...scripted });
    const sourceBytes = readFileSync(path.join(source.dir, "run.json"));
    recorder.calls.length = 0;

    const rerun = await run(
      { sources: { "fake-tests": { count: 4 } } },
      { rerun: { mode: "failed", from: source.runId } },
    );
    expect(generated()).toEqual(["t-02", "t-03"]);
    expect(rerun.runId).not.toBe(source.runId);
    expect(rerun.copied).toBe(2);
    expect(rerun.run.provenance).toEqual({ kind: "rerun", fromRuns: [source.runId] });
    expect(rerun.plan.rerun).toEqual({ mode: "failed", fromRun: source.runId });
    expect(rerun.run.items.map((i) => [i.test, i.status, i.provenance?.fromRun ?? null])).toEqual([
      ["t-01", "passed", source.runId],
      ["t-02", "passed", null],
      ["t-03", "passed", null],
      ["t-04", "passed", source.runId],
    ]);
    expect(rerun.run.items[0]!.provenance).toEqual({
      kind: "rerun",
      fromRun: source.runId,
      itemKey: "fake-small|fake|t-01|blind#1",
    });
    expect(readFileSync(path.join(source.dir, "run.json"))).toEqual(sourceBytes);
  });

  it("errors: reruns only items whose stage failed", async () => {
    recorder = createFakeRecorder();
    ws = await createFakeWorkspace({ recorder });
    const scripted = {
      harnesses: {
        fake: { items: { "t-02": { outcome: "fail" as const }, "t-03": { outcome: "error" as const } } },
      },
    };
    const source = await run({ sources: { "fake-tests": { count: 4 } }, ...scripted });
    recorder.calls.length = 0;
    await run({ sources: { "fake-tests": { count: 4 } } }, { rerun: { mode: "errors", from: source.runId } });
    expect(generated()).toEqual(["t-03"]);
  });

  it("changed: reruns items whose hash differs from the source run or that it lacks", async () => {
    recorder = createFakeRecorder();
    ws = await createFakeWorkspace({ recorder });
    const source = await run({ sources: { "fake-tests": { count: 3 } } });
    recorder.calls.length = 0;
    const rerun = await run(
      { sources: { "fake-tests": { count: 4, revisions: { "t-02": "b" } } } },
      { rerun: { mode: "changed", from: "latest" } },
    );
    expect(generated()).toEqual(["t-02", "t-04"]);
    expect(rerun.run.items.map((i) => [i.test, i.provenance ? "copied" : "ran"])).toEqual([
      ["t-01", "copied"],
      ["t-02", "ran"],
      ["t-03", "copied"],
      ["t-04", "ran"],
    ]);
    expect(rerun.run.items[1]!.hash).not.toBe(source.run.items[1]!.hash);
  });

  it("an unknown source run is an error and writes nothing", async () => {
    recorder = createFakeRecorder();
    ws = await createFakeWorkspace({ recorder });
    await expect(
      run({ sources: { "fake-tests": { count: 1 } } }, { rerun: { mode: "failed", from: "latest" } }),
    ).rejects.toMatchObject({ code: "RUN_NOT_FOUND" });
    expect(() => readFileSync(path.join(ws.dir, "results", "index.json"))).toThrow();
  });
});
