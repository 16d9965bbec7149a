import { describe, expect, it } from "vitest";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { summarizeRun } from "../summary/summarize-run.js";
import { compareRuns } from "./compare-runs.js";
import { pairedDeltaInterval } from "./paired-interval.js";
import { signFlipTest } from "./sign-flip-test.js";

// A small seeded generator so the synthetic runs are the same on every machine.
function createLcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface ItemSpec {
  model: string;
  harness?: string;
  test: string;
  passType?: "blind" | "informed";
  repeat?: number;
  passed: boolean;
  checkRate?: number;
  testVersion?: string;
  modelDigest?: string;
  status?: ItemResult["status"];
  judge?: number;
}

function toItem(spec: ItemSpec): ItemResult {
  const { model, harness = "ollama", test, passType = "blind", repeat = 1 } = spec;
  const status = spec.status ?? (spec.passed ? "passed" : "failed");
  const item: ItemResult = {
    key: `${model}|${harness}|${test}|${passType}#${repeat}`,
    hash: "h",
    model,
    harness,
    test,
    testVersion: spec.testVersion ?? "1",
    passType,
    repeat,
    status,
    startedAt: "2026-03-01T00:00:00.000Z",
    endedAt: "2026-03-01T00:00:01.000Z",
    attempts: 1,
    cache: "off",
    metrics: { wallMs: 1000, decodeTokensPerSec: 20 },
  };
  if (spec.modelDigest) item.modelDigest = spec.modelDigest;
  if (status === "passed" || status === "failed") {
    item.generation = { text: `answer ${item.key}`, tokens: {}, timing: { wallMs: 900 } };
    item.score = {
      scorer: "code",
      scorerVersion: "1",
      passed: spec.passed,
      value: spec.checkRate ?? (spec.passed ? 1 : 0),
      checks: [],
    };
  }
  if (spec.judge !== undefined) item.judge = { status: "ok", judge: "j", score: spec.judge, criteria: [] };
  return item;
}

function toRun(runId: string, specs: ItemSpec[]): Run {
  const items = specs.map(toItem);
  return {
    schemaVersion: 2,
    runId,
    status: "completed",
    startedAt: "2026-03-01T00:00:00.000Z",
    endedAt: "2026-03-01T01:00:00.000Z",
    durationMs: 3_600_000,
    simulated: true,
    plugins: [],
    summary: summarizeRun(items),
    items,
  };
}

const SEED = 20260301;
const MODELS = ["alpha:1b", "bravo:3b", "charlie:7b", "delta:8b", "echo:14b", "foxtrot:32b"];
const TESTS = ["smoke", "calculator-basic", "calculator-stateful", "todo-app", "lru-cache"];

/**
 * Run A, and run B with one true regression and run-to-run noise everywhere else: each item has its own
 * chance of passing and check rate, and each run draws its outcome from them independently — except
 * charlie:7b, whose items pass far less often in run B.
 */
function syntheticPair(): { a: Run; b: Run } {
  const random = createLcg(SEED);
  const specsA: ItemSpec[] = [];
  const specsB: ItemSpec[] = [];
  for (const model of MODELS) {
    for (const harness of ["ollama", "openai"]) {
      for (const test of TESTS) {
        for (const passType of ["blind", "informed"] as const) {
          for (let repeat = 1; repeat <= 3; repeat++) {
            const chance = random() < 0.7 ? 0.95 : 0.05;
            const partial = 0.2 + random() * 0.4;
            const draw = (passChance: number) => {
              const passed = random() < passChance;
              return {
                passed,
                checkRate: passed ? 1 : Math.round((partial + (random() - 0.5) * 0.2) * 100) / 100,
              };
            };
            const base = { model, harness, test, passType, repeat };
            specsA.push({ ...base, ...draw(chance) });
            specsB.push({ ...base, ...draw(model === "charlie:7b" ? chance * 0.3 : chance) });
          }
        }
      }
    }
  }
  return { a: toRun("20260301T000000Z-aaaaaa", specsA), b: toRun("20260302T000000Z-bbbbbb", specsB) };
}

describe("compareRuns", () => {
  it("reports one true regression among random noise as exactly that", () => {
    const { a, b } = syntheticPair();
    const comparison = compareRuns({ run: a }, { run: b });
    const verdicts = Object.fromEntries(comparison.groups.map((g) => [g.label, g.verdict]));
    expect(verdicts).toEqual({
      "alpha:1b": "within noise",
      "bravo:3b": "within noise",
      "charlie:7b": "regressed",
      "delta:8b": "within noise",
      "echo:14b": "within noise",
      "foxtrot:32b": "within noise",
    });
    expect(comparison.regressed).toBe(true);
    const charlie = comparison.groups.find((g) => g.label === "charlie:7b")!;
    expect(charlie.verdictBasis).toBe("pass flips");
    expect(charlie.passAt1.delta.upper).toBeLessThan(0);
    expect(comparison.topRegressions.length).toBe(10);
    expect(comparison.topRegressions.every((c) => c.kind === "pass flip")).toBe(true);
  });

  it("finds nothing beyond noise when B is A with noise only", () => {
    const { a } = syntheticPair();
    const random = createLcg(7);
    const noisy: Run = {
      ...a,
      runId: "20260303T000000Z-cccccc",
      items: a.items.map((item) => {
        if (random() >= 0.06) return item;
        const passed = item.status !== "passed";
        return {
          ...item,
          status: passed ? "passed" : "failed",
          score: { ...item.score!, passed, value: passed ? 1 : 0.4 },
        };
      }),
    };
    const comparison = compareRuns({ run: a }, { run: noisy }, { groupBy: ["model", "harness"] });
    expect(comparison.groups).toHaveLength(12);
    expect(comparison.groups.filter((g) => g.verdict !== "within noise")).toEqual([]);
    expect(comparison.overall.verdict).toBe("within noise");
    expect(comparison.regressed).toBe(false);
  });

  it("is deterministic for the same inputs", () => {
    const { a, b } = syntheticPair();
    expect(JSON.stringify(compareRuns({ run: a }, { run: b }))).toBe(
      JSON.stringify(compareRuns({ run: a }, { run: b })),
    );
  });

  it("warns when it compares a simulated run with a real one, naming which is which", () => {
    const { a, b } = syntheticPair();
    expect(compareRuns({ run: a }, { run: b }).warnings).toEqual([]);
    const real = { ...b, runId: "20260302T000000Z-bbbbbb", simulated: false };
    const comparison = compareRuns({ run: a }, { run: real });
    expect(comparison.a.simulated).toBe(true);
    expect(comparison.b.simulated).toBe(false);
    expect(comparison.warnings).toEqual([
      `run A ${a.runId} is SIMULATED (answered by ollama-sim) and run B 20260302T000000Z-bbbbbb is real: the differences compare the simulator with real models and say nothing about either model's change`,
    ]);
    expect(compareRuns({ run: real }, { run: a }).warnings[0]).toMatch(
      /^run B .+ is SIMULATED .+ run A 20260302T000000Z-bbbbbb is real/,
    );
  });

  it("lists keys found in one run only and matched items skipped in either run", () => {
    const a = toRun("A", [
      { model: "m", test: "t1", passed: true },
      { model: "m", test: "t2", passed: true },
      { model: "m", test: "t3", passed: true, status: "skipped" },
    ]);
    const b = toRun("B", [
      { model: "m", test: "t1", passed: false },
      { model: "m", test: "t3", passed: true },
      { model: "m", test: "t4", passed: true },
    ]);
    const comparison = compareRuns({ run: a }, { run: b });
    expect(comparison.onlyInA).toEqual(["m|ollama|t2|blind#1"]);
    expect(comparison.onlyInB).toEqual(["m|ollama|t4|blind#1"]);
    expect(comparison.skipped).toEqual(["m|ollama|t3|blind#1"]);
    expect(comparison.matched).toBe(2);
    expect(comparison.compared).toBe(1);
    expect(comparison.topRegressions).toEqual([
      {
        key: "m|ollama|t1|blind#1",
        kind: "pass flip",
        a: { status: "passed", checkRate: 1 },
        b: { status: "failed", checkRate: 0 },
        delta: -1,
      },
    ]);
  });

  it("keeps pairs with a changed test version, model digest or sampling out of the verdict and says why", () => {
    const a = toRun("A", [
      { model: "m", test: "t1", passed: true, testVersion: "1" },
      { model: "m", test: "t2", passed: true, modelDigest: "sha256:aaaa" },
      { model: "m", test: "t3", passed: true },
    ]);
    const b = toRun("B", [
      { model: "m", test: "t1", passed: false, testVersion: "2" },
      { model: "m", test: "t2", passed: false, modelDigest: "sha256:bbbb" },
      { model: "m", test: "t3", passed: true },
    ]);
    const comparison = compareRuns({ run: a }, { run: b });
    expect(comparison.incomparable).toEqual([
      { key: "m|ollama|t1|blind#1", reasons: ["test version 1 → 2"], included: false },
      { key: "m|ollama|t2|blind#1", reasons: ["model digest sha256:aaaa → sha256:bbbb"], included: false },
    ]);
    expect(comparison.compared).toBe(1);
    expect(comparison.overall.flips).toMatchObject({ passToFail: 0, failToPass: 0 });

    const sampled = compareRuns(
      { run: a, plan: { config: { sampling: { temperature: 0, seed: 42 }, modelOverrides: {} } } },
      { run: b, plan: { config: { sampling: { temperature: 0.7, seed: 42 }, modelOverrides: {} } } },
      { allowIncomparable: true },
    );
    expect(sampled.incomparable.map((i) => i.reasons.at(-1))).toEqual([
      'sampling {"seed":42,"temperature":0} → {"seed":42,"temperature":0.7}',
      'sampling {"seed":42,"temperature":0} → {"seed":42,"temperature":0.7}',
      'sampling {"seed":42,"temperature":0} → {"seed":42,"temperature":0.7}',
    ]);
    expect(sampled.compared).toBe(3);
    expect(sampled.overall.flips.passToFail).toBe(2);
  });

  it("treats a re-score of the same answer as comparable even when the test version moved", () => {
    const a = toRun("A", [{ model: "m", test: "t1", passed: true, testVersion: "plebdev-0.1.0" }]);
    const b = toRun("B", [{ model: "m", test: "t1", passed: false, testVersion: "1.0.0" }]);
    b.items[0]!.provenance = { kind: "rescore", fromRun: "A", itemKey: b.items[0]!.key };
    const comparison = compareRuns({ run: a }, { run: b });
    expect(comparison.incomparable).toEqual([]);
    expect(comparison.compared).toBe(1);
  });

  it("filters both runs and groups by several dimensions", () => {
    const { a, b } = syntheticPair();
    const comparison = compareRuns(
      { run: a },
      { run: b },
      { filter: { model: ["charlie:7b", "alpha:*"] }, groupBy: ["model", "passType"] },
    );
    expect(comparison.groups.map((g) => g.label)).toEqual([
      "alpha:1b · blind",
      "alpha:1b · informed",
      "charlie:7b · blind",
      "charlie:7b · informed",
    ]);
    expect(comparison.groups[2]!.group).toEqual({ model: "charlie:7b", passType: "blind" });
    expect(comparison.a.items).toBe(120);
  });

  it("averages judge scores over items judged in both runs", () => {
    const a = toRun("A", [
      { model: "m", test: "t1", passed: true, judge: 0.5 },
      { model: "m", test: "t2", passed: true, judge: 1 },
      { model: "m", test: "t3", passed: true },
    ]);
    const b = toRun("B", [
      { model: "m", test: "t1", passed: true, judge: 0.75 },
      { model: "m", test: "t2", passed: true },
      { model: "m", test: "t3", passed: true, judge: 1 },
    ]);
    const { overall } = compareRuns({ run: a }, { run: b });
    expect(overall.judge).toMatchObject({ n: 1, a: 0.5, b: 0.75 });
  });

  it("refuses an unknown group-by dimension", () => {
    const { a, b } = syntheticPair();
    expect(() => compareRuns({ run: a }, { run: b }, { groupBy: ["colour" as "model"] })).toThrow(
      expect.objectContaining({ code: "ARGUMENT_INVALID" }),
    );
  });
});

describe("signFlipTest", () => {
  it("gives 1 for identical runs and the exact two-sided p-value for a few differences", () => {
    expect(signFlipTest([1, 2, 3], [1, 2, 3])).toBe(1);
    // Four differences, all positive: 2 of 16 sign assignments are as extreme.
    expect(signFlipTest([0, 0, 0, 0], [1, 1, 1, 1])).toBe(0.125);
  });

  it("uses the normal limit for many small differences, agreeing with sampling", () => {
    const a = Array.from({ length: 400 }, () => 0.5);
    const b = a.map((v, i) => v + (i % 5 === 0 ? 0.1 : i % 7 === 0 ? -0.1 : 0));
    const normal = signFlipTest(a, b);
    expect(normal).toBeGreaterThan(0.0001);
    expect(normal).toBeLessThan(0.01);
  });

  it("is deterministic when it samples sign assignments", () => {
    const a = Array.from({ length: 40 }, (_, i) => (i % 5) / 5);
    const b = a.map((v, i) => v + (i % 3 === 0 ? 0.1 : -0.05));
    expect(signFlipTest(a, b)).toBe(signFlipTest(a, b));
    expect(signFlipTest(a, b)).toBeGreaterThan(0);
  });
});

describe("pairedDeltaInterval", () => {
  it("resamples up to 1,000 pairs and uses the normal limit above", () => {
    const small = pairedDeltaInterval([0, 0, 1, 1], [1, 1, 1, 0], {
      confidence: 0.95,
      seed: 0,
      resamples: 500,
    });
    expect(small).toMatchObject({ method: "bootstrap", delta: 0.25, n: 4 });
    const a = Array.from({ length: 10_000 }, (_, i) => i % 2);
    const b = a.map((v, i) => (i % 10 === 0 ? 1 : v));
    const large = pairedDeltaInterval(a, b, { confidence: 0.95, seed: 0, resamples: 2000 });
    expect(large.method).toBe("normal");
    expect(large.delta).toBeCloseTo(0.1, 10);
    expect(large.lower).toBeGreaterThan(0.09);
    expect(large.upper).toBeLessThan(0.11);
  });
});

describe("compareRuns: knowing when it cannot tell", () => {
  /** n items where A passes the first `passedA` and B the first `passedB`; check rates follow pass. */
  function pair(n: number, passedA: number, passedB: number) {
    const specs = (passed: number) =>
      Array.from({ length: n }, (_, i) => ({ model: "m", test: `t${i}`, passed: i < passed }));
    return [toRun("a", specs(passedA)), toRun("b", specs(passedB))] as const;
  }

  it("says there are not enough items when 22 items differ by two flips", () => {
    const [a, b] = pair(22, 11, 13);
    const { overall } = compareRuns({ run: a }, { run: b }, { groupBy: [] });
    expect(overall.verdict).toBe("within noise");
    expect(overall.detectable).toEqual({ difference: null, discordance: 2 / 22, enoughItems: false });
  });

  it("calls 400 items without a single flip alike, and 20 such items not enough", () => {
    const [a, b] = pair(400, 200, 200);
    const { overall } = compareRuns({ run: a }, { run: b }, { groupBy: [] });
    expect(overall.verdict).toBe("within noise");
    expect(overall.detectable.discordance).toBe(1 / 400);
    expect(overall.detectable.enoughItems).toBe(true);
    const [few, same] = pair(20, 10, 10);
    expect(compareRuns({ run: few }, { run: same }, { groupBy: [] }).overall.detectable.enoughItems).toBe(
      false,
    );
  });

  it("has enough items when the verdict is not within noise", () => {
    const [a, b] = pair(60, 10, 40);
    const { overall } = compareRuns({ run: a }, { run: b }, { groupBy: [] });
    expect(overall.verdict).toBe("improved");
    expect(overall.detectable.enoughItems).toBe(true);
    expect(overall.detectable.difference).toBeGreaterThan(0);
  });

  it("separates alike runs once the items can detect a 5-point difference", () => {
    // 2,000 items, 20 flips each way: 2% discordance detects about 1.3 points at α 0.025.
    const n = 2000;
    const specsA = Array.from({ length: n }, (_, i) => ({ model: "m", test: `t${i}`, passed: i < 1000 }));
    const specsB = Array.from({ length: n }, (_, i) => ({
      model: "m",
      test: `t${i}`,
      passed: (i < 1000 && i >= 20) || (i >= 1000 && i < 1020),
    }));
    const { overall } = compareRuns(
      { run: toRun("a", specsA) },
      { run: toRun("b", specsB) },
      { groupBy: [] },
    );
    expect(overall.verdict).toBe("within noise");
    expect(overall.detectable.discordance).toBeCloseTo(0.02, 10);
    expect(overall.detectable.difference!).toBeLessThan(0.05);
    expect(overall.detectable.enoughItems).toBe(true);
  });
});
