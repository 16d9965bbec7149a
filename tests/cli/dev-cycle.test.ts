// `benchloop run --demo` and `benchloop dev-cycle --demo` as a user runs them: the built CLI in a child
// process against the in-process simulator, real files, a real file target, checkpoint and rollback.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, runBenchloop } from "../helpers/cli.js";

const MODELS = "sim/oracle:latest,sim/sloppy:latest";
const TOOL_CONFIG = '{\n  // my editor\n  "theme": "dark",\n  "low_latency": "llama3.1:8b"\n}\n';

let temp: { dir: string; remove: () => Promise<void> };
beforeAll(async () => {
  temp = await makeTempDir("dev-cycle");
  const project = path.join(temp.dir, "old-project", "src");
  await mkdir(project, { recursive: true });
  await writeFile(
    path.join(project, "invoice.ts"),
    [
      'import { readFileSync } from "node:fs";',
      "export interface Invoice { id: string; total: number }",
      "export function loadInvoices(file: string): Invoice[] {",
      '  return JSON.parse(readFileSync(file, "utf8")) as Invoice[];',
      "}",
      "export function totalDue(invoices: Invoice[]): number {",
      "  return invoices.reduce((sum, invoice) => sum + invoice.total, 0);",
      "}",
      "",
    ].join("\n"),
  );
  // A self-contained pure function: the legacy source asks to predict its output (the default kinds
  // need the code understood; invoice.ts reads files, so it gives none).
  await writeFile(
    path.join(project, "discount.ts"),
    [
      "// Discounts for repeat customers.",
      "export function discountedCents(totalCents: number, orders: number): number {",
      "  const percent = orders >= 10 ? 15 : orders >= 3 ? 5 : 0;",
      "  return totalCents - Math.floor((totalCents * percent) / 100);",
      "}",
      "",
    ].join("\n"),
  );
  await writeFile(
    path.join(project, "report.py"),
    [
      "import csv",
      "",
      "def read_rows(path):",
      "    with open(path) as handle:",
      "        return list(csv.DictReader(handle))",
      "",
      "def monthly_totals(rows):",
      "    totals = {}",
      "    for row in rows:",
      "        totals[row['month']] = totals.get(row['month'], 0) + float(row['amount'])",
      "    return totals",
      "",
    ].join("\n"),
  );
  await writeFile(path.join(temp.dir, "tool.jsonc"), TOOL_CONFIG);
});
afterAll(() => temp.remove());

describe("run --demo", () => {
  it("finishes a simulated run with a summary table, no Ollama needed", async () => {
    const result = await runBenchloop(["run", "--demo", "--tests", "smoke", "-q"], { cwd: temp.dir });
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/sim\/oracle:latest\s+2\s+100%/);
    expect(result.stdout).toContain("simulated");

    // The demo server listens on the same address each time, so the items keep their hashes and a
    // second run is served from the cache.
    const again = await runBenchloop(["run", "--demo", "--tests", "smoke", "-q"], { cwd: temp.dir });
    expect(again.exitCode).toBe(0);
    expect(again.stdout).toMatch(/cache: 8 hits, 0 misses/);
    const explained = await runBenchloop(
      ["cache", "explain", "sim/oracle:latest|ollama|smoke|blind#1", "--from", "latest", "--demo"],
      { cwd: temp.dir },
    );
    expect(explained.stdout).toContain("✓ cache hit: the next run reuses the cached generation.");
  });

  it("without a model server says how to start one and that --demo exists, and writes nothing", async () => {
    const cwd = path.join(temp.dir, "no-server");
    await mkdir(cwd);
    const result = await runBenchloop(["run", "--ollama-url", "127.0.0.1:59999"], { cwd });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("No Ollama is answering at http://127.0.0.1:59999");
    expect(result.stderr).toContain("benchloop run --demo");
    expect(await readdir(cwd)).toEqual([]);
  });

  it("refuses --demo with --ollama-url before starting anything", async () => {
    const result = await runBenchloop(["run", "--demo", "--ollama-url", "127.0.0.1:1"], { cwd: temp.dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("--ollama-url: cannot be combined with --demo");
  });
});

describe("dev-cycle", () => {
  it("benchmarks the role and legacy suites, gates each profile on its own role suite, and names one model per profile", async () => {
    const result = await runBenchloop(
      ["dev-cycle", "--demo", "--legacy-roots", "old-project", "--models", MODELS, "--json"],
      { cwd: temp.dir, timeoutMs: 240_000 },
    );
    expect(result.exitCode, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.simulated).toBe(true);
    expect(summary.gate.status).toBe("passed");
    expect(summary.profiles.map((p: { profile: string }) => p.profile)).toEqual([
      "low_latency",
      "balanced",
      "high_reasoning",
    ]);
    for (const profile of summary.profiles) {
      expect(profile.model).toBe("sim/oracle:latest");
      expect(profile.decision).toBe("promote");
      // Each role is scored on its own suite, never on the other roles' items.
      expect(Object.keys(profile.evidence)).toContain(profile.profile);
      const others = ["low_latency", "balanced", "high_reasoning"].filter((r) => r !== profile.profile);
      for (const other of others) expect(Object.keys(profile.evidence)).not.toContain(other);
    }
    const runDir = summary.runs[0].dir as string;
    const onDisk = JSON.parse(await readFile(path.join(runDir, "dev-cycle-summary.json"), "utf8"));
    expect(onDisk).toEqual(summary);
    const gate = JSON.parse(await readFile(path.join(runDir, "gate.json"), "utf8"));
    expect(gate.promotion.gateHash).toBe(summary.promotion.gateHash);
    const items = (await readFile(path.join(runDir, "items.jsonl"), "utf8")).trim().split("\n");
    const legacy = items.map((line) => JSON.parse(line)).filter((item) => item.test.startsWith("legacy/"));
    expect(legacy.length).toBeGreaterThan(0);
  });

  it("reuses the run, applies behind a checkpoint, notes the current state, and rolls back byte for byte", async () => {
    const args = [
      "dev-cycle",
      "--defer-benchmarks",
      "--from",
      "latest",
      "--apply",
      "--target",
      "file:tool.jsonc",
    ];
    const refused = await runBenchloop([...args, "-q"], { cwd: temp.dir });
    expect(refused.exitCode).toBe(5);
    expect(refused.stderr).toContain("built on simulated evidence");
    expect(refused.stderr).toContain("--allow-simulated");
    expect(await readFile(path.join(temp.dir, "tool.jsonc"), "utf8")).toBe(TOOL_CONFIG);
    const applied = await runBenchloop([...args, "--allow-simulated", "-q"], { cwd: temp.dir });
    expect(applied.exitCode, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("it would replace llama3.1:8b");
    // The baseline rate of each suite is printed beside the models' scores.
    expect(applied.stdout).toMatch(/suite\s+sim\/oracle:latest\s+sim\/sloppy:latest\s+baseline/);
    expect(applied.stdout).toMatch(/low_latency\s+100\.0 %\s+0\.0 %\s+0\.0 %/);
    const config = await readFile(path.join(temp.dir, "tool.jsonc"), "utf8");
    expect(config).toContain('"low_latency": "sim/oracle:latest"');
    expect(config).toContain("// my editor");
    const again = await runBenchloop(["dev-cycle", "--defer-benchmarks", "--from", "latest", "--json"], {
      cwd: temp.dir,
    });
    const summary = JSON.parse(again.stdout);
    expect(summary.profiles.map((p: { decision: string }) => p.decision)).toEqual(["keep", "keep", "keep"]);
    const checkpoints = await readdir(path.join(temp.dir, "results", "checkpoints"));
    expect(checkpoints).toHaveLength(1);
    const rollback = await runBenchloop(
      ["rollback", "--checkpoint", path.join("results", "checkpoints", checkpoints[0]!)],
      { cwd: temp.dir },
    );
    expect(rollback.exitCode, rollback.stderr).toBe(0);
    expect(await readFile(path.join(temp.dir, "tool.jsonc"), "utf8")).toBe(TOOL_CONFIG);
  });

  it("never promotes sim/sloppy or sim/prose for any role, and apply of its summary exits 5 unless --allow-simulated", async () => {
    const cwd = path.join(temp.dir, "all-models");
    await mkdir(cwd);
    await writeFile(path.join(cwd, "tool.json"), '{ "theme": "dark" }\n');
    const result = await runBenchloop(["dev-cycle", "--demo", "--legacy-roots", "../old-project", "-q"], {
      cwd,
      timeoutMs: 240_000,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain("SIMULATED: these runs were answered by the simulator");
    expect(result.stdout).toMatch(/✓ promote \(simulated\)/);
    const [runId] = (await readdir(path.join(cwd, "results"))).filter((name) => /^\d{8}T/.test(name));
    const runDir = path.join(cwd, "results", runId!);
    const summary = JSON.parse(await readFile(path.join(runDir, "dev-cycle-summary.json"), "utf8"));
    expect(summary.simulated).toBe(true);
    expect(summary.promotion.simulated).toBe(true);
    const gate = JSON.parse(await readFile(path.join(runDir, "gate.json"), "utf8"));
    const models = new Set<string>();
    for (const profile of gate.profiles) {
      for (const candidate of profile.candidates) {
        models.add(candidate.model);
        if (/^sim\/(sloppy|prose):/.test(candidate.model)) {
          expect(candidate.passed, `${profile.profile} ${candidate.model}`).toBe(false);
          expect(candidate.recommended).toBe(false);
        }
      }
      expect(profile.recommendation).not.toMatch(/^sim\/(sloppy|prose):/);
    }
    expect([...models]).toEqual(expect.arrayContaining(["sim/sloppy:latest", "sim/prose:latest"]));
    for (const assignment of summary.promotion.assignments)
      expect(assignment.model ?? "").not.toMatch(/^sim\/(sloppy|prose):/);
    expect(await readFile(path.join(runDir, "gate.md"), "utf8")).toMatch(/^# Gate .+ \(SIMULATED\)\n/);

    const summaryFile = path.join(runDir, "dev-cycle-summary.json");
    const refused = await runBenchloop(["apply", summaryFile, "--target", "file:tool.json"], { cwd });
    expect(refused.exitCode).toBe(5);
    expect(refused.stderr).toContain("--allow-simulated");
    expect(await readFile(path.join(cwd, "tool.json"), "utf8")).toBe('{ "theme": "dark" }\n');
    const allowed = await runBenchloop(
      ["apply", summaryFile, "--target", "file:tool.json", "--allow-simulated"],
      { cwd },
    );
    expect(allowed.exitCode, allowed.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(cwd, "tool.json"), "utf8")).low_latency).toBe(
      "sim/oracle:latest",
    );
  });

  it("refuses to reuse a run whose legacy files changed since", async () => {
    const file = path.join(temp.dir, "old-project", "src", "discount.ts");
    await writeFile(file, `${await readFile(file, "utf8")}export const VERSION = 2;\n`);
    const result = await runBenchloop(["dev-cycle", "--defer-benchmarks", "--from", "latest"], {
      cwd: temp.dir,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain("cannot reuse this run as evidence");
    expect(result.stderr).toMatch(/test\(s\) (changed since|no longer exist)/);
  });
});
