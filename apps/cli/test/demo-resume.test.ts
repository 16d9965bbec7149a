// A demo run stopped halfway (Ctrl-C, kill) is resumed with the hint it printed, `run --resume <id>`:
// the run records that it was a demo, and the resume starts the simulator again at the same address.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-demo-resume-"));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("run --resume of a demo run", () => {
  it("starts the demo's simulator again and finishes the run", async () => {
    const demo = await runInProcess(
      cwd,
      "run",
      "--demo",
      "--tests",
      "calculator-basic,csv-parser",
      "--pass-types",
      "blind",
      "--no-cache",
    );
    expect(demo.code, demo.err).toBe(0);
    const runId = (await readdir(path.join(cwd, "results"))).find((n) => /^\d{8}T/.test(n))!;
    const dir = path.join(cwd, "results", runId);

    // As a run killed halfway leaves it: half of its items journaled, no run.json.
    const lines = (await readFile(path.join(dir, "items.jsonl"), "utf8")).trim().split("\n");
    await writeFile(path.join(dir, "items.jsonl"), `${lines.slice(0, lines.length >> 1).join("\n")}\n`);
    await rm(path.join(dir, "run.json"));

    const resumed = await runInProcess(cwd, "run", "--resume", runId);
    expect(resumed.err).not.toContain("No Ollama is answering");
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.out).toContain("demo: ollama-sim");
    const run = JSON.parse(await readFile(path.join(dir, "run.json"), "utf8"));
    expect(run.status).toBe("completed");
    expect(run.items).toHaveLength(lines.length);
    expect(run.items.every((item: { status: string }) => item.status !== "error")).toBe(true);
  });
});
