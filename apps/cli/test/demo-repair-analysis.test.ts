// `run --demo --repair` as the analysis side shows it: the end-of-run table and `show` give pass@1 and
// pass@2 per model (sim/repairer 0 % → 100 %, sim/stubborn unchanged), and `export --format csv` carries
// each item's passing attempt and what its repair round cost.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

const ARGS = ["--demo", "--tests", "calculator-basic,csv-parser,lru-cache", "--pass-types", "blind"];

let cwd: string;
let out: string;
let runId: string;
beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-repair-analysis-"));
  const result = await runInProcess(cwd, "run", ...ARGS, "--repair");
  expect(result.code, result.err).toBe(0);
  out = result.out;
  runId = /Run (\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(out)![1]!;
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const line = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start)) ?? "";

describe("run --demo --repair, analysed", () => {
  it("prints pass@1 and pass@2 per model with the cost of repair", () => {
    expect(line(out, "model")).toMatch(/pass@1 \[95% CI\]\s+pass@2 \[95% CI\]\s+repair/);
    expect(line(out, "sim/repairer:latest")).toMatch(
      /0% \[0%–56%\]\s+100% \[44%–100%\]\s+3 of 3 repaired · \+\d+ tok/,
    );
    expect(line(out, "sim/stubborn:latest")).toMatch(/0% \[0%–56%\]\s+0% \[0%–56%\]\s+0 of 3 repaired/);
    expect(line(out, "sim/oracle:latest")).toMatch(/100% \[44%–100%\]\s+100% \[44%–100%\]\s+no repair round/);
    expect(out).toMatch(/; pass@2 \d+% \[/);
  });

  it("shows pass@2 in the run's header and each item's repair mark", async () => {
    const show = await runInProcess(cwd, "show", runId);
    expect(show.code, show.err).toBe(0);
    expect(show.out).toMatch(/ {2}pass@2 {5}\d+\.\d% \[[\d.]+–[\d.]+\] \(95% Wilson/);
    expect(line(show.out, "sim/repairer:latest")).toContain("→ ✓ @2");
  });

  it("exports each item's passing attempt and repair cost to CSV", async () => {
    const exported = await runInProcess(cwd, "export", runId, "--format", "csv", "--out", "run.csv");
    expect(exported.code, exported.err).toBe(0);
    const rows = Papa.parse<Record<string, string>>(await readFile(path.join(cwd, "run.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const repairer = rows.filter((r) => r.model === "sim/repairer:latest");
    expect(repairer.map((r) => [r.status, r.passedAtAttempt, r.repairAttempts, r.repairStatus])).toEqual([
      ["failed", "2", "1", "passed"],
      ["failed", "2", "1", "passed"],
      ["failed", "2", "1", "passed"],
    ]);
    expect(repairer.every((r) => Number(r.repairTokens) > 0)).toBe(true);
  });
});
