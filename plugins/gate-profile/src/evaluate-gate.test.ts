import {
  bootstrapMeanInterval,
  hashCanonical,
  PromotionSchema,
  type Run,
  wilsonInterval,
} from "@benchloop/core";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateGate } from "./evaluate-gate.js";
import { type GateReport, GateReportSchema } from "./gate-report.js";
import { parsePolicy } from "./load-policy.js";
import type { WrittenPolicy } from "./policy-schema.js";
import { makeRun, readPlebdevRun, withItems } from "./test-runs.js";

const NOW = new Date("2026-03-01T12:00:00.000Z");
const GIB = 2 ** 30;
const ABILITY_ONLY = { ability: 1, resourceEfficiency: 0, latency: 0 };

type WrittenProfile = NonNullable<WrittenPolicy["profiles"]>[string];

function policyOf(profiles: Record<string, WrittenProfile>, extra: Partial<WrittenPolicy> = {}) {
  return parsePolicy({ schemaVersion: 1, name: "test", profiles, ...extra });
}

function gate(runs: Run[], profiles: Record<string, WrittenProfile>, extra: Partial<WrittenPolicy> = {}) {
  return evaluateGate(runs, policyOf(profiles, extra), { now: NOW });
}

function candidate(report: GateReport, profile: string, model: string) {
  return report.profiles.find((p) => p.profile === profile)!.candidates.find((c) => c.model === model)!;
}

/**
 * alpha passes all 10 tests; beta fails t-01, t-03 (truncated) and t-02, errors on t-05. Odd tests are
 * live, even tests legacy. Wall, TTFT, decode speed, VRAM and judge scores are set per model.
 */
let base: Run;
beforeAll(async () => {
  const run = await makeRun({
    models: ["alpha", "beta"],
    tests: 10,
    suites: ["live", "legacy"],
    script: ({ model, test }) => {
      if (model !== "beta") return undefined;
      if (test === "t-05") return { outcome: "error" };
      if (["t-01", "t-02", "t-03"].includes(test)) return { outcome: "fail" };
      return undefined;
    },
  });
  base = withItems(run, (item) => {
    const alpha = item.model === "alpha";
    item.metrics.wallMs = alpha ? 1000 : item.test === "t-07" ? 9000 : 3000;
    item.resources = { peakVramBytes: (alpha ? 4 : 10) * GIB };
    if (item.generation) {
      item.metrics.ttftMs = alpha ? 100 : 400;
      item.metrics.decodeTokensPerSec = alpha ? 50 : 10;
      item.judge = { status: "ok", judge: "judge-model", score: alpha ? 0.9 : 0.5, criteria: [] };
      if (item.test === "t-03" && !alpha) item.generation.doneReason = "length";
    }
    return item;
  });
});

describe("evaluateGate: thresholds", () => {
  const wilsonLower = wilsonInterval(2, 5).lower;
  const cases: [string, WrittenProfile["thresholds"], number][] = [
    ["passAt1: errors count as failures", [{ metric: "passAt1", suite: "live", min: 0.5 }], 0.4],
    [
      "passAt1 on the Wilson lower bound",
      [{ metric: "passAt1", suite: "live", bound: "lower", min: 0.3 }],
      wilsonLower,
    ],
    ["checkRate", [{ metric: "checkRate", suite: "live", min: 0.5 }], 0.4],
    ["judgeScore: the errored item counts 0", [{ metric: "judgeScore", suite: "live", min: 0.6 }], 0.4],
    ["ability on the legacy suite", [{ metric: "ability", suite: "legacy", min: 0.9 }], 0.8],
    ["abilityPerVramGb", [{ metric: "abilityPerVramGb", suite: "live", min: 0.1 }], 0.04],
    ["wallP50Ms", [{ metric: "wallP50Ms", suite: "live", max: 2000 }], 3000],
    ["wallP95Ms (type 7 percentile)", [{ metric: "wallP95Ms", suite: "live", max: 5000 }], 7800],
    ["wallMeanMs", [{ metric: "wallMeanMs", suite: "live", max: 2000 }], 4200],
    ["ttftP50Ms", [{ metric: "ttftP50Ms", suite: "live", max: 200 }], 400],
    ["ttftP95Ms", [{ metric: "ttftP95Ms", max: 200 }], 400],
    ["decodeTokensPerSec", [{ metric: "decodeTokensPerSec", min: 20 }], 10],
    ["vramGb", [{ metric: "vramGb", max: 8 }], 10],
    ["errorRate", [{ metric: "errorRate", suite: "live", max: 0.1 }], 0.2],
    ["truncationRate", [{ metric: "truncationRate", suite: "live", max: 0.1 }], 0.2],
  ];

  it.each(cases)("%s: reports the value against the limit", (_name, thresholds, expected) => {
    const report = gate([base], { balanced: { candidates: ["alpha", "beta"], thresholds } });
    const threshold = thresholds![0]!;
    const beta = candidate(report, "balanced", "beta");
    expect(beta.passed).toBe(false);
    expect(beta.violations).toHaveLength(1);
    expect(beta.violations[0]).toMatchObject({
      metric: threshold.metric,
      op: threshold.min !== undefined ? "min" : "max",
      limit: threshold.min ?? threshold.max,
    });
    expect(beta.violations[0]!.value).toBeCloseTo(expected, 9);
    expect(candidate(report, "balanced", "alpha")).toMatchObject({ passed: true, violations: [] });
    expect(report.profiles[0]!.recommendation).toBe("alpha");
  });

  it("checkRate on the bootstrap lower bound uses the policy's seed and resamples", () => {
    const report = gate([base], {
      balanced: {
        candidates: ["beta"],
        thresholds: [{ metric: "checkRate", suite: "live", bound: "lower", min: 0.9 }],
      },
    });
    const expected = bootstrapMeanInterval([0, 0, 0, 1, 1], { seed: 0, resamples: 2000, confidence: 0.95 });
    expect(candidate(report, "balanced", "beta").violations[0]!.value).toBeCloseTo(expected.lower, 12);
  });

  it("a metric no item measured fails the threshold, unless missing is ignore", async () => {
    const plain = await makeRun({ models: ["alpha"], tests: 2 });
    const failing = gate([plain], { balanced: { thresholds: [{ metric: "ttftP50Ms", max: 500 }] } });
    expect(candidate(failing, "balanced", "alpha").violations).toEqual([
      expect.objectContaining({
        metric: "ttftP50Ms",
        value: null,
        message: "all ttftP50Ms: not measured (max 500 ms required)",
      }),
    ]);
    const ignoring = gate([plain], {
      balanced: { thresholds: [{ metric: "ttftP50Ms", max: 500, missing: "ignore" }] },
    });
    expect(candidate(ignoring, "balanced", "alpha").passed).toBe(true);
  });

  it("a required suite without enough items is a violation", () => {
    const report = gate([base], {
      balanced: { candidates: ["alpha"], requiredSuites: ["live", "coding"], minItems: 5 },
    });
    expect(candidate(report, "balanced", "alpha").violations).toEqual([
      expect.objectContaining({ metric: "items", suite: "coding", value: 0, limit: 5 }),
    ]);
  });

  it("skipped items are not trials; failed and errored ones are", () => {
    const skipped = withItems(base, (item) =>
      item.model === "beta" && item.test === "t-05"
        ? { ...item, status: "skipped", failure: undefined }
        : item,
    );
    const report = gate([skipped], { balanced: { candidates: ["beta"] } });
    const live = candidate(report, "balanced", "beta").metrics.live!;
    expect(live).toMatchObject({ items: 4, passed: 2, failed: 2, error: 0, skipped: 1 });
    expect(live.passAt1!.estimate).toBe(0.5);
    const withError = candidate(gate([base], { balanced: { candidates: ["beta"] } }), "balanced", "beta");
    expect(withError.metrics.live).toMatchObject({ items: 5, passed: 2, failed: 2, error: 1, skipped: 0 });
  });

  it("pass@1 of every model of the plebdev-bench run matches the run's own summary", async () => {
    const run = await readPlebdevRun();
    const report = gate([run], { balanced: {} });
    const candidates = report.profiles[0]!.candidates;
    expect(candidates).toHaveLength(17);
    for (const c of candidates) {
      expect(c.metrics.all!.passAt1!.estimate).toBeCloseTo(
        run.summary.byModel[c.model]!.passAt1!.estimate,
        12,
      );
      expect(c.metrics.all!.checkRate!.estimate).toBeCloseTo(run.summary.byModel[c.model]!.checkRate!, 12);
      expect(c.metrics.all!.items).toBe(
        run.summary.byModel[c.model]!.items - run.summary.byModel[c.model]!.skipped,
      );
    }
  });
});

describe("evaluateGate: composite and ranking", () => {
  it("shows every term of the composite: ability × weight + efficiency × weight − latency × weight", () => {
    const report = gate([base], {
      balanced: {
        candidates: ["beta"],
        suiteWeights: { live: 3, legacy: 1 },
        objective: { ability: 1, resourceEfficiency: 0.5, latency: 0.1 },
      },
    });
    const { composite } = candidate(report, "balanced", "beta");
    const ability = (3 * 0.4 + 1 * 0.8) / 4;
    const latency = (3 * 4.2 + 1 * 3) / 4;
    expect(composite.ability).toBeCloseTo(ability, 12);
    expect(composite.terms).toEqual([
      expect.objectContaining({ term: "ability", weight: 1 }),
      expect.objectContaining({ term: "resourceEfficiency", weight: 0.5 }),
      expect.objectContaining({ term: "latency", weight: 0.1 }),
    ]);
    expect(composite.terms[1]!.value).toBeCloseTo(ability / 10, 12);
    expect(composite.terms[2]!.value).toBeCloseTo(latency, 12);
    expect(composite.terms[2]!.contribution).toBeCloseTo(-0.1 * latency, 12);
    expect(composite.score).toBeCloseTo(ability + 0.5 * (ability / 10) - 0.1 * latency, 12);
  });

  it("zero weights: a zero objective weight adds nothing and a zero suite weight leaves the suite out", () => {
    const report = gate([base], {
      balanced: {
        candidates: ["beta", "alpha"],
        suiteWeights: { live: 1, legacy: 0 },
        objective: { ability: 0, resourceEfficiency: 0, latency: 0 },
      },
    });
    const beta = candidate(report, "balanced", "beta");
    expect(beta.composite.score).toBe(0);
    expect(beta.composite.ability).toBeCloseTo(0.4, 12);
    expect(beta.composite.terms.map((t) => t.contribution)).toEqual([0, 0, 0]);
    expect(beta.composite.suites).toEqual([
      { suite: "live", weight: 1, ability: expect.closeTo(0.4, 12), items: 5 },
      { suite: "legacy", weight: 0, ability: expect.closeTo(0.8, 12), items: 5 },
    ]);
    // Equal composites (0): ability decides.
    expect(report.profiles[0]!.candidates.map((c) => [c.model, c.rank])).toEqual([
      ["alpha", 1],
      ["beta", 2],
    ]);
  });

  it("ties: equal composite, ability and pass@1 go to the model name in code-point order, whatever the list order", async () => {
    const run = await makeRun({ models: ["zeta", "eta"], tests: 4 });
    for (const candidates of [
      ["zeta", "eta"],
      ["eta", "zeta"],
    ]) {
      const report = gate([run], {
        balanced: { candidates, objective: { ability: 1, resourceEfficiency: 0, latency: 0 } },
      });
      const profile = report.profiles[0]!;
      expect(profile.candidates.map((c) => c.model)).toEqual(["eta", "zeta"]);
      expect(profile.recommendation).toBe("eta");
      expect(profile.margin).toMatchObject({ runnerUp: "zeta", value: 0, exceedsNoise: false });
      expect(profile.alerts.map((a) => a.code)).toEqual(["noisy_margin"]);
    }
  });

  it("the same runs, policy and time give the same report and hash", () => {
    const policy = policyOf({ balanced: { objective: { latency: 0.05 } } });
    const first = evaluateGate([base], policy, { now: NOW });
    const second = evaluateGate([structuredClone(base)], structuredClone(policy), { now: NOW });
    expect(second).toEqual(first);
    expect(second.promotion.gateHash).toBe(first.promotion.gateHash);
  });

  it("explains why each candidate was promoted or not", () => {
    const report = gate([base], {
      balanced: { thresholds: [{ metric: "errorRate", max: 0.05 }] },
    });
    expect(candidate(report, "balanced", "alpha").reasons[0]).toMatch(
      /^promoted: passed every threshold; ranked first with composite /,
    );
    expect(candidate(report, "balanced", "beta").reasons).toEqual([
      "not promoted: 1 threshold not met",
      "all errorRate 0.1 > max 0.05",
    ]);
  });
});

/**
 * oracle passes everything; sloppy answers every test with code that passes 80 % of its checks but
 * never all of them (0 % pass@1 on the code tests), and passes the text tests. Odd tests are coding
 * (scored by running the code), even ones live text tests.
 */
async function codeRun(): Promise<Run> {
  const run = await makeRun({ models: ["oracle", "sloppy"], tests: 10, suites: ["coding", "live"] });
  return withItems(run, (item) => {
    if (item.suite !== "coding" || !item.score) return item;
    item.score = { ...item.score, scorer: "code" };
    if (item.model === "sloppy") {
      item.status = "failed";
      item.score = { ...item.score, passed: false, value: 0.8 };
    }
    return item;
  });
}

describe("evaluateGate: code tests gate on pass@1", () => {
  it("a model whose code never passes fails a role whose required suites hold code tests, whatever its check rate", async () => {
    const report = gate([await codeRun()], {
      low_latency: {
        requiredSuites: ["live"],
        thresholds: [{ metric: "checkRate", suite: "live", min: 0.6 }],
      },
    });
    const profile = report.profiles[0]!;
    expect(profile.codePassAt1).toEqual({ min: 0.5, bound: "estimate" });
    expect(profile.recommendation).toBe("oracle");
    const sloppy = candidate(report, "low_latency", "sloppy");
    expect(sloppy.metrics.live!.checkRate!.estimate).toBeCloseTo(0.9, 12);
    expect(sloppy.passed).toBe(false);
    expect(sloppy.violations).toEqual([
      {
        metric: "passAt1",
        suite: "code",
        bound: "estimate",
        op: "min",
        limit: 0.5,
        value: 0,
        message:
          "code tests passAt1 0 < min 0.5: the required suites hold code tests, and a model whose code fails them cannot serve this role",
      },
    ]);
    expect(sloppy.metrics.code).toMatchObject({ items: 5, passed: 0 });
  });

  it("tests the Wilson lower bound when the policy asks, counts an errored code item as a failure", async () => {
    const run = withItems(await codeRun(), (item) =>
      item.model === "oracle" && item.test === "t-01" ? { ...item, status: "error", score: undefined } : item,
    );
    const report = gate([run], {
      balanced: { requiredSuites: ["live"], codePassAt1: { min: 0.5, bound: "lower" } },
    });
    const oracle = candidate(report, "balanced", "oracle");
    // 4 of 5 code items passed: the errored t-01 is still a code test (sloppy's t-01 was scored by code).
    expect(oracle.metrics.code!.passAt1).toMatchObject({ estimate: 0.8, n: 5 });
    expect(oracle.violations).toEqual([
      expect.objectContaining({
        metric: "passAt1",
        suite: "code",
        bound: "lower",
        value: wilsonInterval(4, 5).lower,
      }),
    ]);
  });

  it("does not apply when the required suites hold no code tests, or when the policy turns it off", async () => {
    const run = await codeRun();
    const onlyLive = gate(
      [run],
      { balanced: { requiredSuites: ["legacy-free"], suiteWeights: { live: 1 } } },
      { suites: { "legacy-free": ["live"] } },
    );
    expect(onlyLive.profiles[0]!.codePassAt1).toBeNull();
    expect(candidate(onlyLive, "balanced", "sloppy").passed).toBe(true);
    const off = gate([run], { balanced: { requiredSuites: ["live"], codePassAt1: false } });
    expect(off.profiles[0]!.codePassAt1).toBeNull();
    expect(candidate(off, "balanced", "sloppy").passed).toBe(true);
  });
});

describe("evaluateGate: margin and noise", () => {
  it("a lead of one item in ten is within the noise and raises a warning", async () => {
    const run = await makeRun({
      models: ["alpha", "beta"],
      tests: 10,
      script: ({ model, test }) => (model === "beta" && test === "t-04" ? { outcome: "fail" } : undefined),
    });
    const report = gate([run], { balanced: { objective: ABILITY_ONLY } });
    const profile = report.profiles[0]!;
    expect(profile.recommendation).toBe("alpha");
    expect(profile.margin!.value).toBeCloseTo(0.1, 12);
    expect(profile.margin!.noise).toMatchObject({ pairs: 10, confidence: 0.95 });
    expect(profile.margin!.noise!.delta).toBeCloseTo(0.1, 12);
    expect(profile.margin!.noise!.lower).toBeLessThanOrEqual(0);
    expect(profile.margin!.exceedsNoise).toBe(false);
    expect(profile.alerts).toEqual([
      expect.objectContaining({ severity: "warning", code: "noisy_margin", blocking: false }),
    ]);
    expect(report.status).toBe("passed");
  });

  it("a lead of 20 items in 40 is beyond the noise", async () => {
    const run = await makeRun({
      models: ["alpha", "beta"],
      tests: 40,
      script: ({ model, index }) => (model === "beta" && index % 2 === 0 ? { outcome: "fail" } : undefined),
    });
    const profile = gate([run], { balanced: { objective: ABILITY_ONLY } }).profiles[0]!;
    expect(profile.margin!.value).toBeCloseTo(0.5, 12);
    expect(profile.margin!.noise!.lower).toBeGreaterThan(0);
    expect(profile.margin!.exceedsNoise).toBe(true);
    expect(profile.alerts).toEqual([]);
  });

  it("a lead within the noise is a tie: the warning names both, the interval and the tie-break rule", async () => {
    const run = await makeRun({
      models: ["alpha", "beta"],
      tests: 10,
      script: ({ model, test }) => (model === "beta" && test === "t-04" ? { outcome: "fail" } : undefined),
    });
    const profile = gate([run], { balanced: { objective: ABILITY_ONLY } }).profiles[0]!;
    const { margin } = profile;
    expect(margin).toMatchObject({
      tie: true,
      tieBreak: { rule: "composite", recommended: 1, runnerUp: 0.9 },
    });
    const noise = margin!.noise!;
    expect(profile.alerts[0]!.message).toBe(
      `balanced: alpha ties with beta: not enough items to separate alpha and beta (lead 0.1, not beyond the noise: 95% interval [${noise.lower}, ${noise.upper}] over 10 paired items); alpha is ranked first by the tie-break rule: higher composite score (1 vs 0.9 for beta)`,
    );
  });

  it("a tiny margin is shown with the digits that keep it apart from 0 and from the minimum", async () => {
    // beta is slower by 0.47 ms on each item: a composite margin of 0.00047 s × 1 latency weight.
    const run = withItems(await makeRun({ models: ["alpha", "beta"], tests: 10 }), (item) => {
      item.metrics.wallMs = item.model === "beta" ? 1000.47 + (item.test === "t-01" ? 1 : 0) : 1000;
      return item;
    });
    const report = gate(
      [run],
      { balanced: { objective: { ability: 1, resourceEfficiency: 0, latency: 1 } } },
      { governance: { minScoreMargin: 0.02 } },
    );
    const profile = report.profiles[0]!;
    expect(profile.margin!.value).toBeCloseTo(0.00057, 9);
    expect(profile.margin!.belowMinimum).toBe(true);
    const narrow = profile.alerts.find((a) => a.code === "narrow_margin")!;
    expect(narrow.message).toBe("balanced: alpha leads beta by 0.00057, less than the minimum margin 0.02");
  });

  it("without items both candidates ran, the noise cannot be measured and the margin counts as noisy", () => {
    const apart = withItems(base, (item) =>
      item.model === "beta" ? { ...item, test: `u${item.test}` } : item,
    );
    const profile = gate([apart], { balanced: {} }).profiles[0]!;
    expect(profile.margin).toMatchObject({
      runnerUp: "beta",
      noise: null,
      exceedsNoise: false,
      tie: true,
      tieBreak: { rule: "composite" },
    });
    expect(profile.alerts[0]!.message).toBe(
      "balanced: alpha ties with beta: not enough items to separate alpha and beta (lead 0.563, not beyond the noise: the noise cannot be measured: fewer than 2 items ran for both); alpha is ranked first by the tie-break rule: higher composite score (1.143 vs 0.579 for beta)",
    );
  });
});

describe("evaluateGate: governance", () => {
  it("no passing candidate is critical and blocks; with no profile promoted the gate failed", () => {
    const report = gate([base], { balanced: { thresholds: [{ metric: "wallMeanMs", max: 1 }] } });
    expect(report.status).toBe("failed");
    expect(report.profiles[0]).toMatchObject({ recommendation: null, blocked: true, margin: null });
    expect(report.alerts).toEqual([
      {
        severity: "critical",
        code: "no_passing_candidate",
        profile: "balanced",
        message:
          "balanced: none of 2 candidates passed the thresholds; nothing to promote (closest: alpha, 1 violation)",
        blocking: true,
      },
    ]);
    expect(report.promotion).toMatchObject({
      status: "failed",
      blockers: [expect.stringMatching(/^critical: balanced: none of 2 candidates/)],
      assignments: [{ profile: "balanced", model: null }],
    });
  });

  it("one profile without a passing candidate blocks the promotion of the others", () => {
    const report = gate([base], {
      low_latency: {},
      high_reasoning: { thresholds: [{ metric: "wallMeanMs", max: 1 }] },
    });
    expect(report.status).toBe("blocked");
    expect(report.promotion.assignments.map((a) => [a.profile, a.model])).toEqual([
      ["low_latency", "alpha"],
      ["high_reasoning", null],
    ]);
  });

  it("blockingSeverities: an empty list lets a critical alert through; warning makes warnings block", () => {
    const profiles = {
      low_latency: {},
      high_reasoning: { thresholds: [{ metric: "wallMeanMs" as const, max: 1 }] },
    };
    const lenient = gate([base], profiles, { governance: { blockingSeverities: [] } });
    expect(lenient.status).toBe("passed");
    expect(lenient.alerts.every((a) => !a.blocking)).toBe(true);

    const strict = gate(
      [base],
      { balanced: {} },
      { governance: { minScoreMargin: 5, blockingSeverities: ["warning", "critical"] } },
    );
    expect(strict.status).toBe("blocked");
    expect(strict.alerts.map((a) => [a.code, a.blocking])).toEqual([["narrow_margin", true]]);
    expect(strict.promotion.blockers).toEqual([
      expect.stringMatching(
        /^warning: balanced: alpha leads beta by [\d.]+, less than the minimum margin 5$/,
      ),
    ]);
  });

  it("raises low_composite, candidate_missing and sole_passing_candidate", () => {
    const report = gate(
      [base],
      { balanced: { candidates: ["alpha", "omega"] } },
      { governance: { minCompositeScore: 2 } },
    );
    expect(report.alerts.map((a) => [a.severity, a.code])).toEqual([
      ["info", "candidate_missing"],
      ["warning", "low_composite"],
      ["info", "sole_passing_candidate"],
    ]);
    expect(report.status).toBe("passed");
    expect(candidate(report, "balanced", "omega").violations).toEqual([
      expect.objectContaining({ metric: "items", suite: "all", value: 0, limit: 1 }),
    ]);
  });
});

describe("evaluateGate: gate.json", () => {
  it("validates against its schema, and its promotion against core's PromotionSchema with the report's hash", () => {
    const report = gate([base], { low_latency: {}, balanced: {} });
    expect(GateReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
    const promotion = PromotionSchema.parse(report.promotion);
    const { promotion: _omitted, ...rest } = report;
    expect(promotion.gateHash).toBe(hashCanonical(rest));
    expect(promotion).toMatchObject({
      schemaVersion: 1,
      status: "passed",
      sourceRunIds: [base.runId],
      policy: "test",
      createdAt: NOW.toISOString(),
      assignments: [
        { profile: "low_latency", model: "alpha", role: expect.stringMatching(/^Fast helper/) },
        { profile: "balanced", model: "alpha", role: expect.stringMatching(/^Everyday assistant/) },
      ],
    });
  });
});
