// `benchloop report` and `benchloop export --format html`: an imported plebdev-bench run written as one
// self-contained HTML file, in the run folder or where asked.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

const SLICE = new URL(
  "../../../packages/core/src/migrations/fixtures/plebdev-0.1.0.run.json",
  import.meta.url,
).pathname;

let cwd: string;
let runId: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-report-cli-"));
  const imported = await benchloop("import", "plebdev", SLICE);
  expect(imported.code, imported.err).toBe(0);
  runId = /(\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(imported.out + imported.err)![1]!;
});

afterAll(() => rm(cwd, { recursive: true, force: true }));

describe("benchloop report", () => {
  it("writes the latest run's report to <run folder>/report.html and prints its path", async () => {
    const { code, out, err } = await benchloop("report");
    expect(code, err).toBe(0);
    const file = path.join(cwd, "results", runId, "report.html");
    expect(out).toBe(`${file}\n`);
    const html = await readFile(file, "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain(`benchloop report — run ${runId}`);
    expect(html).toContain('id="leaderboard-table"');
  });

  it("adds the run's gate.json when it has one, and --out writes elsewhere", async () => {
    await writeFile(
      path.join(cwd, "results", runId, "gate.json"),
      JSON.stringify({ profiles: [{ profile: "balanced", recommendation: "gpt-oss:20b", candidates: [] }] }),
    );
    const { code, out } = await benchloop("report", runId, "--out", "mine.html", "--open");
    expect(code).toBe(0);
    expect(out).toBe(`${path.join(cwd, "mine.html")}\n`);
    const html = await readFile(path.join(cwd, "mine.html"), "utf8");
    expect(html).toContain("<strong>Recommendation:</strong> ★ gpt-oss:20b");
  });
});

describe("benchloop export --format html", () => {
  it("exports one run or several as a self-contained HTML file", async () => {
    const { code, err } = await benchloop("export", runId, runId, "--format", "html", "--out", "two.html");
    expect(code, err).toBe(0);
    expect(err).toContain("as html to two.html");
    const html = await readFile(path.join(cwd, "two.html"), "utf8");
    expect(html).toContain(`Compare ${runId} → ${runId}`);
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });
});
