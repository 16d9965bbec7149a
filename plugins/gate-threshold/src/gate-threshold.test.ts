// The threshold policy on real runs made by core's kernel with the scripted fake plugin: who reaches
// each role's minimum, the ranking, the margin, the alerts, the document, and its errors.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  BenchloopError,
  createRegistry,
  GateReportSchema,
  type Run,
  renderGateMarkdown,
  runBenchmark,
  SILENT_LOGGER,
} from "@benchloop/core";
import { buildRepairRun, createFakeWorkspace } from "@benchloop/core/testing";
import { beforeAll, describe, expect, it } from "vitest";
import gateThresholdPlugin from "./index.js";

/** 20 tests on two suites (t-01, t-03 … balanced; t-02, t-04 … fast); `weak` passes only t-NN with NN % 3 == 0. */
async function makeRun(): Promise<Run> {
  const ws = await createFakeWorkspace({
    script: ({ model, test }) => ({
      outcome: model === "weak" && Number(test.slice(2)) % 3 !== 0 ? "fail" : "pass",
    }),
  });
  try {
    const config = ws.config({
      passTypes: ["blind"],
      retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
      sources: { "fake-tests": { count: 20, suites: ["balanced", "fast"] } },
      harnesses: { fake: { models: [{ name: "strong" }, { name: "weak" }, { name: "also-strong" }] } },
    });
    return (await runBenchmark({ config, registry: ws.registry, scope: ws.scope(config), cwd: ws.dir })).run;
  } finally {
    await ws.cleanup();
  }
}

let run: Run;
beforeAll(async () => {
  run = await makeRun();
});

function gate() {
  const registry = createRegistry();
  registry.addPlugin(gateThresholdPlugin, "0.1.0");
  const scope = registry.createScope({ config: {} as never, cwd: process.cwd(), logger: SILENT_LOGGER });
  return { registry, policy: scope.get("gate-policy", "threshold") };
}
const ctx = { signal: new AbortController().signal, logger: SILENT_LOGGER };

describe("the threshold gate policy", () => {
  it("recommends per role the model with the highest lower bound that reaches the minimum", async () => {
    const { registry, policy } = gate();
    expect(registry.list("gate-policy").map((e) => e.id)).toEqual(["threshold"]);
    const report = GateReportSchema.parse(
      await policy.evaluate({ runs: [run], policy: { minPassAt1Lower: { balanced: 0.6, fast: 0.95 } } }, ctx),
    );
    expect(report.policy).toMatchObject({ id: "threshold", name: "threshold", format: "benchloop" });
    const balanced = report.profiles.find((p) => p.profile === "balanced")!;
    // 10 of 10 passed: Wilson lower bound 0.722 ≥ 0.6; weak passes 3 of 10 (t-03, t-09, t-15).
    expect(balanced.candidates.map((c) => [c.model, c.rank, c.passed])).toEqual([
      ["also-strong", 1, true],
      ["strong", 2, true],
      ["weak", 3, false],
    ]);
    expect(balanced.recommendation).toBe("also-strong");
    expect(balanced.candidates[0]!.metrics.balanced!.passAt1!.lower).toBeCloseTo(0.7225, 3);
    expect(balanced.candidates[2]!.violations[0]).toMatchObject({
      metric: "passAt1",
      bound: "lower",
      limit: 0.6,
    });
    expect(balanced.margin).toMatchObject({
      runnerUp: "strong",
      value: 0,
      tie: true,
      text: "+0.000 (tie: within noise)",
    });
    expect(balanced.margin!.tieBreak.rule).toBe("model");
    // No model reaches 0.95 on 10 items: the role fails, a critical alert blocks the gate.
    const fast = report.profiles.find((p) => p.profile === "fast")!;
    expect(fast.recommendation).toBeNull();
    expect(report.status).toBe("blocked");
    expect(report.promotion.assignments).toEqual([
      expect.objectContaining({ profile: "balanced", model: "also-strong" }),
      expect.objectContaining({ profile: "fast", model: null }),
    ]);
    expect(report.promotion.blockers[0]).toContain(
      "fast: no model's pass@1 lower bound on fast reaches 0.950",
    );
    const markdown = renderGateMarkdown(policy.document({ report }));
    expect(markdown).toContain("# Gate ✗ BLOCKED: threshold (threshold policy)");
    expect(markdown).toContain("| 1 | also-strong | 10 | 1.000 | [0.722, 1.000] | ★ recommended |");
  });

  it("reads a --policy YAML file, with a role measured on another suite", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "gate-threshold-"));
    try {
      const file = path.join(dir, "t.yaml");
      await writeFile(file, "name: coding\nminPassAt1Lower: { coder: 0.2 }\nsuites: { coder: fast }\n");
      const report = await gate().policy.evaluate(
        { runs: [run], policyFile: { path: file, written: "t.yaml" } },
        ctx,
      );
      expect(report.policy).toMatchObject({ name: "coding", file: "t.yaml" });
      expect(report.status).toBe("passed");
      expect(report.profiles[0]).toMatchObject({ profile: "coder", requiredSuites: ["fast"] });
      await writeFile(file, "minPassAt1Lower: { coder: 2 }\n");
      const error = await gate()
        .policy.evaluate({ runs: [run], policyFile: { path: file, written: "t.yaml" } }, ctx)
        .catch((e: unknown) => e);
      expect(BenchloopError.is(error) && error.code).toBe("DOCUMENT_INVALID");
      expect((error as Error).message).toContain("minPassAt1Lower.coder");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("says how to set minimums when none are given", async () => {
    const error = await gate()
      .policy.evaluate({ runs: [run] }, ctx)
      .catch((e: unknown) => e);
    expect(BenchloopError.is(error) && error.message).toBe(
      "gate.options: the threshold policy has no minimums",
    );
    expect((error as BenchloopError).hint).toContain('"policy": "threshold"');
  });
});

describe("the threshold gate policy with pass@2", () => {
  // firstshot: 7 of 10 first answers pass, no repair helps; fixer: 5 pass first and 4 more after one repair.
  const repairRun = buildRepairRun({
    runId: "20260301T000000Z-repair",
    models: [
      { model: "firstshot", suite: "balanced", outcomes: "1111111xxx" },
      { model: "fixer", suite: "balanced", outcomes: "111112222x" },
    ],
  });

  async function evaluate(options: Record<string, unknown>, runs = [repairRun]) {
    return GateReportSchema.parse(await gate().policy.evaluate({ runs, policy: options }, ctx));
  }

  it("applies a role's minimum to pass@1 by default and to pass@2 when the role's metric says so", async () => {
    const byFirst = (await evaluate({ minPassAt1Lower: { balanced: 0.35 } })).profiles[0]!;
    expect(byFirst.passMetric).toBe("pass@1");
    expect(byFirst.recommendation).toBe("firstshot");
    expect(byFirst.candidates.find((c) => c.model === "fixer")!.reasons[0]).toMatch(
      /^pass@1 on balanced: 0\.500, lower bound 0\.237 < minimum 0\.350 \(10 items\)$/,
    );

    const report = await evaluate({ minPassAt1Lower: { balanced: 0.35 }, metric: { balanced: "pass@2" } });
    const byTwo = report.profiles[0]!;
    expect(byTwo.passMetric).toBe("pass@2");
    expect(byTwo.role).toBe("pass@2 lower bound at least 0.350 on suite balanced");
    expect(byTwo.recommendation).toBe("fixer");
    const fixer = byTwo.candidates.find((c) => c.model === "fixer")!;
    expect(fixer.metrics.balanced!.passAt2!.lower).toBeCloseTo(0.5958, 4);
    expect(fixer.reasons[0]).toBe("pass@2 on balanced: 0.900, lower bound 0.596 ≥ minimum 0.350 (10 items)");
    expect(byTwo.margin).toMatchObject({ runnerUp: "firstshot", tie: true });
    const markdown = renderGateMarkdown(gate().policy.document!({ report }));
    expect(markdown).toContain("pass@2 lower bound at least 0.350 on suite balanced");
    expect(markdown).toContain("| rank | model | items | pass@2 | interval | verdict |");
    expect(markdown).toMatch(/\| 1 \| fixer \| 10 \| 0\.900 \| \[0\.596, 0\.982\] \| ★ recommended \|/);
  });

  it("fails a pass@2 role on runs made without repair, saying why", async () => {
    const plain = buildRepairRun({
      runId: "20260301T000000Z-plain",
      models: [{ model: "m", suite: "balanced", outcomes: "1111" }],
    });
    const role = (
      await evaluate({ minPassAt1Lower: { balanced: 0.1 }, metric: { balanced: "pass@2" } }, [plain])
    ).profiles[0]!;
    expect(role.recommendation).toBeNull();
    expect(role.candidates[0]!.violations[0]).toMatchObject({
      metric: "passAt2",
      value: null,
      message: "pass@2 on balanced: not measured, its items did not run with --repair",
    });
  });
});
