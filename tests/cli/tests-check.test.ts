// `benchloop tests check --baselines` as a user runs it: the built CLI scores every installed suite's
// known answers and the answerers that call no model, and a third-party pack gets the same report.
import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, REPO_ROOT, runBenchloop } from "../helpers/cli.js";

let temp: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  temp = await makeTempDir("tests-check");
});
afterAll(() => temp.remove());

function rowOf(stdout: string, suite: string): string {
  return stdout.split("\n").find((line) => new RegExp(`^[✓✗]\\s+${suite}\\s`).test(line)) ?? "";
}

describe("tests check --baselines", () => {
  it("shows every shipped suite with every baseline at or below 10 % and every known answer behaving", async () => {
    const result = await runBenchloop(["tests", "check", "--baselines"], {
      cwd: temp.dir,
      timeoutMs: 300_000,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✓ known answers: (\d+)\/\1 behave/);
    for (const suite of ["coding", "low_latency", "balanced", "high_reasoning"]) {
      expect(rowOf(result.stdout, suite), suite).toMatch(/^✓/);
    }
    expect(result.stdout).toContain(
      "✓ baselines (answers that call no model) pass at most 10.0 % of each suite",
    );
  });

  it("reports how gameable a third-party pack is, naming what each baseline passes, and exits 1", async () => {
    const pack = path.join(temp.dir, "muninn.jsonl");
    await cp(path.join(REPO_ROOT, "fixtures/external/muninn/ollama_benchmark_prompts.jsonl"), pack);
    await writeFile(
      path.join(temp.dir, "benchloop.config.json"),
      JSON.stringify({ sources: { "prompt-pack": { packs: [{ file: "muninn.jsonl", suite: "muninn" }] } } }),
    );
    const result = await runBenchloop(["tests", "check", "--baselines", "--tests", "muninn/bug_triage"], {
      cwd: temp.dir,
      timeoutMs: 300_000,
    });
    expect(result.exitCode).toBe(1);
    expect(rowOf(result.stdout, "muninn")).toMatch(/^✗\s+muninn\s+1\s/);
    expect(result.stdout).toMatch(/muninn · echo passes: muninn\/bug_triage \(blind\)/);
    expect(result.stdout).toContain("1 test ships neither or only one");
  });
});
