import { readFile } from "node:fs/promises";
import { BenchloopError } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { evaluateGate } from "./evaluate-gate.js";
import { loadPolicy, parsePolicyText } from "./load-policy.js";
import { importMuninnPolicy, isMuninnPolicy } from "./muninn-policy.js";
import { BUILTIN_PROFILES, resolveProfile } from "./policy-schema.js";
import { MUNINN_POLICY_FILE, makeRun, withItems } from "./test-runs.js";

describe("Muninn policy import", () => {
  it("maps every field of the real Muninn policy to thresholds, weights and governance", async () => {
    const { policy, source } = await loadPolicy(MUNINN_POLICY_FILE);
    expect(source.format).toBe("muninn");
    expect(source.file).toBe(MUNINN_POLICY_FILE);
    expect(policy.name).toBe("muninn 2026-02-15");
    expect(policy.description).toMatch(/^Profile promotion gates for 16GB helper-first workflows/);
    expect(policy.governance).toMatchObject({
      minCompositeScore: 0.55,
      minScoreMargin: 0.02,
      blockingSeverities: ["critical"],
    });
    expect(Object.keys(policy.profiles)).toEqual(["low_latency", "balanced", "high_reasoning"]);

    const balanced = resolveProfile("balanced", policy.profiles.balanced!);
    expect(balanced).toEqual({
      name: "balanced",
      role: BUILTIN_PROFILES.balanced.role,
      passMetric: "pass@1",
      candidates: ["qwen3:8b", "deepseek-r1:8b", "qwen2.5-coder:7b", "llama3.1:8b"],
      requiredSuites: ["live", "legacy"],
      minItems: 1,
      thresholds: [
        { metric: "ability", suite: "live", min: 0.72, bound: "estimate", missing: "fail" },
        { metric: "ability", suite: "legacy", min: 0.68, bound: "estimate", missing: "fail" },
        { metric: "wallP95Ms", suite: "live", max: 24_000, bound: "estimate", missing: "fail" },
        { metric: "wallP95Ms", suite: "legacy", max: 36_000, bound: "estimate", missing: "fail" },
        { metric: "abilityPerVramGb", suite: "live", min: 0.06, bound: "estimate", missing: "fail" },
      ],
      codePassAt1: { min: 0.5, bound: "estimate" },
      suiteWeights: { live: 0.55, legacy: 0.45 },
      objective: {
        ability: 1.1,
        resourceEfficiency: 0.25,
        latency: 0.02,
        abilityMetric: "checkRate",
        suite: "live",
      },
    });

    // low_latency does not require the legacy suite: no legacy thresholds, and no legacy p95 in Muninn.
    const lowLatency = resolveProfile("low_latency", policy.profiles.low_latency!);
    expect(lowLatency.requiredSuites).toEqual(["live"]);
    expect(lowLatency.thresholds.map((t) => `${t.suite} ${t.metric} ${t.min ?? t.max}`)).toEqual([
      "live ability 0.65",
      "live wallP95Ms 16000",
      "live abilityPerVramGb 0.08",
    ]);
    expect(resolveProfile("high_reasoning", policy.profiles.high_reasoning!).objective).toMatchObject({
      ability: 1.25,
      resourceEfficiency: 0.1,
      latency: 0.01,
    });
    expect(source.notes).toEqual([
      expect.stringMatching(/^VRAM: Muninn reads vram_min_gb from its model matrix/),
      expect.stringMatching(/^ability: /),
      expect.stringMatching(/^ties: /),
      expect.stringMatching(/^noise: /),
      expect.stringMatching(/^code tests: Muninn has no pass@1 rule/),
    ]);
  });

  it("computes the composite as Muninn does: ability, live ability per GiB and live mean wall seconds", async () => {
    const { policy, source } = await loadPolicy(MUNINN_POLICY_FILE);
    const run = await makeRun({
      models: ["qwen3:8b", "llama3.1:8b"],
      tests: 8,
      suites: ["live", "legacy"],
      script: ({ model, index }) => (model === "llama3.1:8b" && index <= 2 ? { outcome: "fail" } : undefined),
    });
    const measured = withItems(run, (item) => {
      item.metrics.wallMs = item.suite === "live" ? 4000 : 8000;
      item.resources = { peakVramBytes: 6 * 2 ** 30 };
      return item;
    });
    const report = evaluateGate([measured], policy, { source, now: new Date(0) });
    const balanced = report.profiles.find((p) => p.profile === "balanced")!;
    const qwen = balanced.candidates.find((c) => c.model === "qwen3:8b")!;
    // live ability 1, legacy 1 → combined 1; efficiency 1/6 per GiB; live mean wall 4 s.
    expect(qwen.composite.score).toBeCloseTo(1 * 1.1 + (1 / 6) * 0.25 - 4 * 0.02, 12);
    const llama = balanced.candidates.find((c) => c.model === "llama3.1:8b")!;
    // llama fails t-01 (live) and t-02 (legacy): 3/4 each.
    expect(llama.composite.score).toBeCloseTo(0.75 * 1.1 + (0.75 / 6) * 0.25 - 4 * 0.02, 12);
    expect(balanced.recommendation).toBe("qwen3:8b");
    expect(report.policy).toMatchObject({ format: "muninn", name: "muninn 2026-02-15" });
  });

  it("keeps a weight of 0 (Muninn would use its default) and notes fields it does not know", () => {
    const doc = {
      version: "x",
      governance: { alerts: { blocking_severities: ["critical", "fatal"] } },
      profiles: {
        scout: {
          candidates: ["a"],
          require_legacy_suite: false,
          live_weight: 0,
          objective: { latency_penalty: 0 },
          max_tokens: 5,
        },
      },
    };
    expect(isMuninnPolicy(doc)).toBe(true);
    const result = importMuninnPolicy(doc);
    if (!result.ok) throw new Error("expected an import");
    const { policy, notes } = result.value;
    expect(policy.profiles!.scout).toMatchObject({
      role: "Imported from the Muninn profile scout.",
      requiredSuites: ["live"],
      suiteWeights: { live: 0, legacy: 0.4 },
      objective: { ability: 1, resourceEfficiency: 0.25, latency: 0 },
    });
    expect(policy.governance!.blockingSeverities).toEqual(["critical"]);
    expect(notes.slice(5)).toEqual([
      'ignored blocking severity "fatal": benchloop\'s severities are info, warning, critical',
      "ignored profiles.scout.max_tokens: not a Muninn policy field benchloop knows",
      "profiles.scout.live_weight is 0: Muninn would use its default 0.6; benchloop keeps 0 (the term is off)",
      "profiles.scout.objective.latency_penalty is 0: Muninn would use its default 0.02; benchloop keeps 0 (the term is off)",
    ]);
  });

  it("tells a benchloop policy from a Muninn one", async () => {
    expect(isMuninnPolicy(JSON.parse(await readFile(MUNINN_POLICY_FILE, "utf8")))).toBe(true);
    expect(isMuninnPolicy({ schemaVersion: 1, profiles: { balanced: { min_live_ability: 1 } } })).toBe(false);
    expect(isMuninnPolicy({ name: "x", profiles: { balanced: { thresholds: [] } } })).toBe(false);
  });

  it("refuses a Muninn field of the wrong type with its line and path", () => {
    const text = '{\n  "profiles": {\n    "balanced": {\n      "min_live_ability": "high"\n    }\n  }\n}\n';
    try {
      parsePolicyText(text, "muninn.json");
      expect.unreachable();
    } catch (error) {
      expect(BenchloopError.is(error)).toBe(true);
      expect((error as BenchloopError).location).toMatchObject({
        file: "muninn.json",
        line: 4,
        path: "profiles.balanced.min_live_ability",
      });
      expect((error as BenchloopError).message).toMatch(
        /^Muninn promotion policy \(muninn\.json\) is not valid:/,
      );
    }
  });
});
