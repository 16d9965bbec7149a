import { buildDevCycleSummary } from "@benchloop/core";
import { buildRepairRun } from "@benchloop/core/testing";
import { describe, expect, it } from "vitest";
import { evaluateGate } from "./evaluate-gate.js";
import { toGateDocument } from "./gate-document.js";
import { GateReportSchema } from "./gate-report.js";
import { parsePolicy } from "./load-policy.js";
import type { WrittenPolicy } from "./policy-schema.js";

const NOW = new Date("2026-03-01T12:00:00.000Z");
type WrittenProfile = NonNullable<WrittenPolicy["profiles"]>[string];

// firstshot: 7 of 10 first answers pass and no repair helps; fixer: 5 pass first and 4 more after one repair.
const repairRun = buildRepairRun({
  runId: "20260301T000000Z-repair",
  models: [
    { model: "firstshot", outcomes: "1111111xxx" },
    { model: "fixer", outcomes: "111112222x" },
  ],
});

function gate(profiles: Record<string, WrittenProfile>, runs = [repairRun]) {
  const report = evaluateGate(runs, parsePolicy({ schemaVersion: 1, name: "repair", profiles }), {
    now: NOW,
  });
  return GateReportSchema.parse(report);
}

const ABILITY_ONLY = { ability: 1, resourceEfficiency: 0, latency: 0 };

describe("a gate profile judged by pass@2", () => {
  const report = gate({
    first: {
      role: "first answers",
      codePassAt1: { min: 0.6 },
      objective: { ...ABILITY_ONLY, abilityMetric: "passAt1" },
    },
    repaired: {
      role: "with one repair round",
      passMetric: "pass@2",
      codePassAt1: { min: 0.6 },
      objective: { ...ABILITY_ONLY, abilityMetric: "passAt2" },
    },
  });
  const [first, repaired] = report.profiles;

  it("promotes by pass@1 by default and by pass@2 when the role says so, and records which it used", () => {
    expect(first!.passMetric).toBe("pass@1");
    expect(first!.recommendation).toBe("firstshot");
    expect(repaired!.passMetric).toBe("pass@2");
    expect(repaired!.recommendation).toBe("fixer");
    expect(repaired!.compositeScore).toBeCloseTo(0.9, 10);
  });

  it("measures pass@2 with its Wilson interval beside pass@1", () => {
    const fixer = repaired!.candidates.find((c) => c.model === "fixer")!;
    expect(fixer.metrics.all!.passAt1).toMatchObject({ estimate: 0.5, n: 10 });
    expect(fixer.metrics.all!.passAt2!.estimate).toBe(0.9);
    expect(fixer.metrics.all!.passAt2!.lower).toBeCloseTo(0.5958, 4);
    expect(fixer.metrics.code!.passAt2!.upper).toBeCloseTo(0.9821, 4);
  });

  it("names the metric in the code-test rule's violations and in the why notes", () => {
    const fixerFirst = first!.candidates.find((c) => c.model === "fixer")!;
    expect(fixerFirst.passed).toBe(false);
    expect(fixerFirst.violations[0]).toMatchObject({ metric: "passAt1", value: 0.5, limit: 0.6 });
    expect(fixerFirst.reasons).toContain(
      "code tests passAt1 0.5 < min 0.6: the required suites hold code tests, and a model whose code fails them cannot serve this role",
    );
    const fixer = repaired!.candidates.find((c) => c.model === "fixer")!;
    expect(fixer.violations).toEqual([]);
    expect(fixer.reasons.at(-1)).toMatch(
      /^judged by pass@2 \(the first answer or one repair round\): pass@2 0\.9 \[0\.59\d*–0\.98\d*\] vs pass@1 0\.5 \[/,
    );
    const rules = toGateDocument(report)
      .filter((b) => b.kind === "paragraph")
      .map((b) => b.text);
    expect(rules).toContain(
      "Required suites: none · code tests: pass@2 ≥ 0.6 · judged by pass@2 (first answer or one repair round) · suite weights: all 1 · ability measure: passAt2",
    );
    expect(rules).toContain(
      "Required suites: none · code tests: pass@1 ≥ 0.6 · suite weights: all 1 · ability measure: passAt1",
    );
  });

  it("carries the pass metric and pass@2 into the dev-cycle summary's evidence", () => {
    const summary = buildDevCycleSummary({ report, gateFile: "gate.json", runs: [], now: NOW });
    const [firstLine, repairedLine] = summary.profiles;
    expect(firstLine).toMatchObject({ profile: "first", model: "firstshot", passMetric: "pass@1" });
    expect(repairedLine).toMatchObject({ profile: "repaired", model: "fixer", passMetric: "pass@2" });
    expect(repairedLine!.evidence.all).toMatchObject({ items: 10, passed: 5, passAt1: 0.5, passAt2: 0.9 });
    expect(repairedLine!.evidence.all!.passAt2Lower).toBeCloseTo(0.5958, 4);
  });

  it("breaks a tie by pass@2 for a pass@2 role, where a pass@1 role falls back to the model name", () => {
    // Equal first answers (so equal check rate and pass@1); only zeta repairs one of its failures.
    const run = buildRepairRun({
      runId: "20260301T000000Z-tie",
      models: [
        { model: "alpha", outcomes: "11xx" },
        { model: "zeta", outcomes: "112x" },
      ],
    });
    const tied = gate(
      {
        "by-two": { role: "r", passMetric: "pass@2", codePassAt1: false },
        "by-one": { role: "r", codePassAt1: false },
      },
      [run],
    );
    expect(tied.profiles[0]!.recommendation).toBe("zeta");
    expect(tied.profiles[0]!.margin!.tieBreak).toEqual({ rule: "passAt2", recommended: 0.75, runnerUp: 0.5 });
    expect(tied.profiles[1]!.recommendation).toBe("alpha");
    expect(tied.profiles[1]!.margin!.tieBreak.rule).toBe("model");
  });

  it("tests a passAt2 threshold on a bound of its interval", () => {
    const thresholded = gate({
      strict: {
        role: "r",
        codePassAt1: false,
        thresholds: [{ metric: "passAt2", bound: "lower", min: 0.55 }],
      },
    });
    const [fixer, firstshot] = ["fixer", "firstshot"].map(
      (m) => thresholded.profiles[0]!.candidates.find((c) => c.model === m)!,
    );
    expect(fixer!.passed).toBe(true);
    expect(firstshot!.passed).toBe(false);
    expect(firstshot!.violations[0]!.message).toMatch(/^all passAt2 \(lower bound\) 0\.39\d* < min 0\.55$/);
  });

  it("says pass@2 was not measured when the runs were made without repair", () => {
    const plain = buildRepairRun({
      runId: "20260301T000000Z-plain",
      models: [{ model: "m", outcomes: "111f" }],
    });
    const report = gate({ repaired: { role: "r", passMetric: "pass@2", codePassAt1: { min: 0.5 } } }, [
      plain,
    ]);
    const m = report.profiles[0]!.candidates[0]!;
    expect(report.profiles[0]!.recommendation).toBeNull();
    expect(m.metrics.all!.passAt2).toBeUndefined();
    expect(m.violations[0]!.message).toBe(
      "code tests passAt2: not measured: its code tests did not run with --repair (min 0.5 required; the required suites hold code tests, and a model whose code fails them cannot serve this role)",
    );
    expect(m.reasons.at(-1)).toContain("pass@2 was not measured");
  });
});
