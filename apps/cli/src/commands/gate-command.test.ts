// `benchloop gate`: the real plebdev-bench run (imported) judged by the shipped default policy, a
// policy file, and the real Muninn policy; gate.json, gate.md, the report and the exit codes.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GateReportSchema, PromotionSchema } from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT_CODES } from "../exit-codes.js";
import { runInProcess } from "../testing/run-in-process.js";

const PLEBDEV_RUN_DIR = new URL(
  "../../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;
const MUNINN_POLICY = new URL(
  "../../../../fixtures/external/muninn/ollama_profile_promotion_policy.json",
  import.meta.url,
).pathname;
const RUN_ID = "20260125T201851Z-fbba6f";

/** One profile that gpt-oss:20b passes and the rest of the run's models mostly do not. */
const PASSING_POLICY = [
  "schemaVersion: 1",
  "name: coding-helper",
  "governance: { minScoreMargin: 0.01 }",
  "profiles:",
  "  balanced:",
  "    candidates: [gpt-oss:20b, qwen2.5-coder:7b, llama3.2:3b]",
  "    thresholds:",
  "      - { metric: checkRate, min: 0.7 }",
  "      - { metric: errorRate, max: 0.1 }",
  "    objective: { ability: 1, latency: 0.01 }",
  "",
].join("\n");

let cwd: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-gate-"));
  expect((await benchloop("import", "plebdev", PLEBDEV_RUN_DIR)).code).toBe(0);
  await writeFile(path.join(cwd, "policy.yaml"), PASSING_POLICY);
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("benchloop gate", () => {
  it("judges a run by a policy file, writes gate.json and gate.md beside the run, and prints why", async () => {
    const { code, out, err } = await benchloop("gate", "latest", "--policy", "policy.yaml");
    expect(err).toBe("");
    expect(code).toBe(EXIT_CODES.ok);
    const runDir = path.join(cwd, "results", RUN_ID);
    const report = GateReportSchema.parse(JSON.parse(await readFile(path.join(runDir, "gate.json"), "utf8")));
    expect(report).toMatchObject({
      status: "passed",
      policy: { name: "coding-helper", file: "policy.yaml", format: "benchloop" },
      runs: [{ runId: RUN_ID, items: 408 }],
    });
    const promotion = PromotionSchema.parse(report.promotion);
    expect(promotion.assignments).toEqual([
      expect.objectContaining({
        profile: "balanced",
        model: "gpt-oss:20b",
        role: expect.stringMatching(/^Everyday/),
      }),
    ]);
    const markdown = await readFile(path.join(runDir, "gate.md"), "utf8");
    expect(out).toContain(`\nWrote ${path.join(runDir, "gate.json")} and ${path.join(runDir, "gate.md")}\n`);
    expect(markdown).toMatch(/^# Gate ✓ PASSED\n/);
    expect(markdown).toContain("Recommended: gpt-oss:20b (composite ");
    expect(markdown).toContain(
      "| rank | model | gate | composite | ability | resource efficiency | latency (s) |",
    );
    expect(markdown).toContain(
      "- **llama3.2:3b**: not promoted: 1 threshold not met\n  - all checkRate 0.336 < min 0.7",
    );
    // The terminal gets the same sentences with aligned tables, and no Markdown markup.
    expect(out).toMatch(/^Gate ✓ PASSED\n═+\n/);
    expect(out).not.toMatch(/\*\*|\|---|^#/m);
    expect(out).toMatch(/^rank {2}model {2,}gate {2,}composite/m);
    expect(out).toMatch(/^ {3}1 {2}gpt-oss:20b {2,}✓ PROMOTED/m);
    expect(out).toContain(
      "- llama3.2:3b: not promoted: 1 threshold not met\n    - all checkRate 0.336 < min 0.7",
    );
    expect(out).not.toContain("SIMULATED");
  });

  it("--enforce: exits with code 3 when the default policy fails, and 0 without --enforce", async () => {
    // The default policy scores each role on its own suite; a plebdev run holds none of them.
    const out = path.join(cwd, "default-gate");
    const plain = await benchloop("gate", RUN_ID, "--out", out);
    expect(plain.code).toBe(EXIT_CODES.ok);
    expect(plain.out).toMatch(/^Gate ✗ FAILED\n═+\n\nPolicy default-16gb \(default\)/);

    const enforced = await benchloop("gate", RUN_ID, "--out", out, "--enforce");
    expect(enforced.code).toBe(EXIT_CODES.gateBlocked);
    expect(EXIT_CODES.gateBlocked).toBe(3);
    expect(enforced.err).toMatch(/^✗ Gate failed \(exit code 3, --enforce\):/);
    const report = GateReportSchema.parse(JSON.parse(await readFile(path.join(out, "gate.json"), "utf8")));
    expect(report.policy.format).toBe("default");
    expect(report.promotion.status).toBe("failed");
  });

  it("--json prints gate.json; --policy reads a Muninn policy and imports it", async () => {
    const out = path.join(cwd, "muninn-gate");
    const {
      code,
      out: stdout,
      err,
    } = await benchloop("gate", "latest", "--policy", MUNINN_POLICY, "--out", out, "--json", "--enforce");
    expect(code).toBe(EXIT_CODES.gateBlocked);
    const report = GateReportSchema.parse(JSON.parse(stdout));
    expect(report).toEqual(JSON.parse(await readFile(path.join(out, "gate.json"), "utf8")));
    expect(report.policy).toMatchObject({ format: "muninn", name: "muninn 2026-02-15", file: MUNINN_POLICY });
    // The plebdev run holds no legacy suite, and few of Muninn's candidates: nothing passes.
    expect(report.status).toBe("failed");
    expect(report.policy.notes.length).toBeGreaterThan(0);
    expect(err).toContain("✗ Gate failed (exit code 3, --enforce):");
  });

  it("refuses an invalid policy with its file, line and field, exit code 1", async () => {
    await writeFile(
      path.join(cwd, "bad.yaml"),
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    minItems: 0\n",
    );
    const { code, err } = await benchloop("gate", "latest", "--policy", "bad.yaml");
    expect(code).toBe(EXIT_CODES.error);
    expect(err).toContain("✗ Gate policy");
    expect(err).toContain(":5, field `profiles.balanced.minItems`: Too small: expected number to be >=1");
    expect(err).toContain("docs/gate-policy.md describes every field");

    await writeFile(
      path.join(cwd, "negative.yaml"),
      "schemaVersion: 1\nname: x\nprofiles:\n  balanced:\n    thresholds:\n      - { metric: passAt1, min: -0.5 }\n      - { metric: errorRate, max: -1 }\n",
    );
    const negative = await benchloop("gate", "latest", "--policy", "negative.yaml");
    expect(negative.code).toBe(EXIT_CODES.error);
    expect(negative.err).toContain(
      "negative.yaml:6, field `profiles.balanced.thresholds[0].min`: passAt1 is a rate from 0 to 1, so min -0.5 is impossible; write a value from 0 to 1",
    );
    expect(negative.err).toContain(
      "negative.yaml:7, field `profiles.balanced.thresholds[1].max`: errorRate is a rate from 0 to 1, so max -1 is impossible; write a value from 0 to 1",
    );
  });

  it("says SIMULATED in the terminal, gate.md, gate.json and its promotion for a simulated run", async () => {
    const runDir = path.join(cwd, "results", RUN_ID);
    const copy = path.join(cwd, "simulated", RUN_ID);
    await mkdir(copy, { recursive: true });
    const run = JSON.parse(await readFile(path.join(runDir, "run.json"), "utf8"));
    await writeFile(path.join(copy, "run.json"), JSON.stringify({ ...run, simulated: true }));
    const { code, out } = await benchloop("gate", copy, "--policy", "policy.yaml");
    expect(code).toBe(EXIT_CODES.ok);
    const banner = `SIMULATED: run ${RUN_ID} was answered by the simulator (ollama-sim), not by real models`;
    expect(out).toMatch(/^Gate ✓ PASSED \(SIMULATED\)\n/);
    expect(out).toContain(banner);
    const markdown = await readFile(path.join(copy, "gate.md"), "utf8");
    expect(markdown).toMatch(/^# Gate ✓ PASSED \(SIMULATED\)\n\nSIMULATED: /);
    const report = GateReportSchema.parse(JSON.parse(await readFile(path.join(copy, "gate.json"), "utf8")));
    expect(report.simulated).toBe(true);
    expect(report.promotion.simulated).toBe(true);
  });

  it("refuses a run file whose startedAt is not a date-time, naming the file and field", async () => {
    const run = JSON.parse(await readFile(path.join(cwd, "results", RUN_ID, "run.json"), "utf8"));
    const copy = path.join(cwd, "yesterday", RUN_ID);
    await mkdir(copy, { recursive: true });
    await writeFile(path.join(copy, "run.json"), JSON.stringify({ ...run, startedAt: "yesterday" }));
    const { code, err } = await benchloop("gate", copy);
    expect(code).toBe(EXIT_CODES.error);
    expect(err).toContain(path.join(copy, "run.json"));
    expect(err).toContain("startedAt");
    expect(err).toContain("is not an ISO 8601 date-time such as 2026-01-31T12:00:00.000Z");
  });

  it("refuses the same run given twice", async () => {
    const { code, err } = await benchloop("gate", "latest", RUN_ID, "--out", path.join(cwd, "twice"));
    expect(code).toBe(EXIT_CODES.error);
    expect(err).toMatch(/run 20260125T201851Z-fbba6f is given twice/);
  });

  it("uses the config's gate.policy from the registry, and names the installed policies for an unknown one", async () => {
    const dir = path.join(cwd, "threshold");
    await mkdir(dir, { recursive: true });
    const config = (gate: unknown) =>
      writeFile(path.join(dir, "benchloop.config.json"), JSON.stringify({ gate }));
    await config({
      policy: "threshold",
      options: { minPassAt1Lower: { coder: 0.5 }, suites: { coder: "plebdev" } },
    });
    const args = ["--config", "threshold/benchloop.config.json", "--out", dir];
    const { code, out, err } = await benchloop("gate", "latest", ...args);
    expect(code, err).toBe(EXIT_CODES.ok);
    expect(out).toMatch(/^Gate .*: threshold \(threshold policy\)\n/);
    const report = GateReportSchema.parse(JSON.parse(await readFile(path.join(dir, "gate.json"), "utf8")));
    expect(report.policy).toMatchObject({ id: "threshold", name: "threshold" });
    expect(report.profiles.map((p) => [p.profile, p.requiredSuites])).toEqual([["coder", ["plebdev"]]]);
    expect(await readFile(path.join(dir, "gate.md"), "utf8")).toContain("## coder");
    await config({ policy: "tresholds" });
    const unknown = await benchloop("gate", "latest", ...args);
    expect(unknown.code).toBe(EXIT_CODES.error);
    expect(unknown.err).toContain("Unknown gate policy: tresholds (from gate.policy in the config).");
    expect(unknown.err).toContain("Valid gate policys: profile, threshold.");
    await config({ policy: "threshold", options: { minPassAt1Lower: { coder: 2 } } });
    const invalid = await benchloop("gate", "latest", ...args);
    expect(invalid.code).toBe(EXIT_CODES.error);
    expect(invalid.err).toContain("gate.options.minPassAt1Lower.coder");
  });
});
