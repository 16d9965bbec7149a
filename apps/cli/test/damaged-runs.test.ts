// A run folder whose run.json is cut short (a full disk, a copy stopped halfway): `runs` lists it as
// damaged with the file and what to do, `latest` still finds it and says which file is damaged, and
// `run --resume` writes run.json again from the items.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { FAKE_PLUGIN_MODULE } from "@benchloop/core/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "benchloop-damaged-"));
  const config = {
    plugins: [FAKE_PLUGIN_MODULE],
    harnesses: { fake: { latencyMs: 1 } },
    sources: { "fake-tests": { count: 2, suites: ["fake"] } },
    suites: ["fake"],
    resources: false,
  };
  writeFileSync(path.join(dir, "benchloop.config.json"), JSON.stringify(config));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runInProcess(dir, ...args);

describe("a run whose run.json is truncated", () => {
  it("is listed as damaged, named by `latest`, and repaired by --resume", async () => {
    const made = await cli("run", "--models", "fake-small", "--pass-types", "blind");
    expect(made.code, made.err).toBe(0);
    const runId = readdirSync(path.join(dir, "results")).find((n) => /^\d{8}T/.test(n))!;
    const runFile = path.join(dir, "results", runId, "run.json");
    const text = readFileSync(runFile, "utf8");
    writeFileSync(runFile, text.slice(0, text.length >> 1));
    rmSync(path.join(dir, "results", "index.json"), { force: true });

    const runs = await cli("runs");
    expect(runs.code).toBe(0);
    expect(runs.out).not.toContain("No runs");
    expect(runs.out).toMatch(new RegExp(`${runId}\\s+damaged`));
    expect(runs.out).toContain(`! ${runId} is damaged: ${runFile} cannot be read`);
    expect(runs.out).toContain(`benchloop run --resume ${runId}`);

    const show = await cli("show", "latest");
    expect(show.code).toBe(1);
    expect(show.err).not.toContain("No run matches");
    expect(show.err).not.toContain("This is a bug");
    expect(show.err).toContain(runFile);

    const resumed = await cli("run", "--resume", "latest");
    expect(resumed.code, resumed.err).toBe(0);
    const again = await cli("runs");
    expect(again.out).toMatch(new RegExp(`${runId}\\s+completed`));
    expect(JSON.parse(readFileSync(runFile, "utf8")).items).toHaveLength(2);
  });
});
