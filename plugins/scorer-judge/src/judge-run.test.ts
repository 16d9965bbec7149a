import { type ItemResult, type Run, RunSchema, summarizeRun } from "@benchloop/core";
import type { SimServer } from "@benchloop/ollama-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJudge } from "./create-judge.js";
import { judgeRunItems } from "./judge-run.js";
import { ADD_TEST, requestsTo, SIM_JUDGE, startJudgeSim, tempDir } from "./test-support/judge-sim.js";

function item(
  test: string,
  passType: "blind" | "informed",
  checksPassed: number,
  extra: Partial<ItemResult> = {},
) {
  const key = `sim/oracle|ollama|${test}|${passType}#1`;
  return {
    key,
    hash: key,
    model: "sim/oracle",
    harness: "ollama",
    test,
    testVersion: "1",
    passType,
    repeat: 1,
    status: checksPassed === 2 ? "passed" : "failed",
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt: "2026-01-01T00:00:01.000Z",
    attempts: 1,
    cache: "off",
    generation: { text: `answer ${key}`, tokens: { completion: 10 }, timing: { wallMs: 1000 } },
    score: {
      scorer: "code",
      scorerVersion: "1",
      passed: checksPassed === 2,
      value: checksPassed / 2,
      checks: [
        { name: "one", passed: checksPassed >= 1 },
        { name: "two", passed: checksPassed >= 2 },
      ],
    },
    metrics: { wallMs: 1000 },
    ...extra,
  } as ItemResult;
}

function runOf(items: ItemResult[]): Run {
  return RunSchema.parse({
    schemaVersion: 2,
    runId: "20260101T000000Z-abcdef",
    status: "completed",
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt: "2026-01-01T00:01:00.000Z",
    durationMs: 60_000,
    simulated: true,
    summary: summarizeRun(items),
    items,
  });
}

let sim: SimServer;
beforeAll(async () => {
  sim = await startJudgeSim();
});
afterAll(() => sim.close());

describe("judgeRunItems", () => {
  const run = runOf([
    item("add", "blind", 2),
    item("add", "informed", 1),
    item("add", "blind", 0, { key: "sim/sloppy|ollama|add|blind#1", model: "sim/sloppy" }),
    item("unknown-test", "blind", 2),
    item("add", "informed", 0, {
      key: "sim/prose|ollama|add|informed#1",
      status: "error",
      generation: undefined,
      score: undefined,
      failure: { stage: "generate", type: "timeout", message: "slow", retryable: true },
    }),
  ]);
  const tests = new Map([["add", ADD_TEST]]);

  it("judges answered items of known tests, in the run's order, with provenance", async () => {
    const cache = await tempDir();
    try {
      const judge = createJudge({
        config: { model: SIM_JUDGE, baseUrl: sim.url, cacheDir: cache.dir },
        cwd: cache.dir,
      });
      const judged = await judgeRunItems(run, { judge, tests, signal: new AbortController().signal });
      expect(judged.items.map((i) => i.key)).toEqual(run.items.map((i) => i.key));
      expect(judged.items.map((i) => i.judge?.reasoning)).toEqual([
        "All checks pass; clean code.",
        "Half the checks fail.",
        "Every check fails.",
        undefined,
        undefined,
      ]);
      expect(judged.items[0]!.provenance).toEqual({
        kind: "judge",
        fromRun: run.runId,
        itemKey: run.items[0]!.key,
      });
      expect(judged.items[3]!.provenance).toBeUndefined();
      expect(judged.unjudged).toEqual([
        {
          key: run.items[3]!.key,
          reason:
            'test "unknown-test" is not provided by any installed test source, so its task and rubric are unknown',
        },
        { key: run.items[4]!.key, reason: "no answer to judge" },
      ]);
      expect(judged.cache).toEqual({ hits: 0, misses: 3 });
      // The judged items are still valid results.
      expect(() => runOf(judged.items)).not.toThrow();
    } finally {
      await cache.remove();
    }
  });

  it("--repeat: asks k times with seeds seed…seed+k−1 and reports spread and agreement with the checks", async () => {
    const cache = await tempDir();
    try {
      const judge = createJudge({
        config: { model: SIM_JUDGE, baseUrl: sim.url, cacheDir: cache.dir },
        cwd: cache.dir,
      });
      const chats = requestsTo(sim, "POST /api/chat");
      const judged = await judgeRunItems(run, {
        judge,
        tests,
        repeat: 3,
        concurrency: 2,
        signal: new AbortController().signal,
      });
      // Three judged items × three seeds, none served from the cache.
      expect(requestsTo(sim, "POST /api/chat")).toBe(chats + 9);
      const { reliability } = judged;
      expect(reliability).toMatchObject({ repeats: 3, items: 3, judgeErrors: 0, unstableItems: 0 });
      // The sim judge is deterministic: it repeats itself exactly.
      expect(reliability.meanStdDev).toBe(0);
      expect(reliability.perItem.map((p) => p.n)).toEqual([3, 3, 3]);
      // Judge pass (≥ 0.5): 0.85 yes, 0.525 yes, 0.375 no; checks: yes, no, no → agree on 2 of 3.
      expect(reliability.agreement).toEqual({ n: 3, rate: 2 / 3, kappa: expect.closeTo(0.4, 10) });
      // A second pass of the same repeats comes from the cache.
      const again = await judgeRunItems(run, {
        judge,
        tests,
        repeat: 3,
        signal: new AbortController().signal,
      });
      expect(again.cache).toEqual({ hits: 3, misses: 0 });
      expect(requestsTo(sim, "POST /api/chat")).toBe(chats + 9);
    } finally {
      await cache.remove();
    }
  });

  it("reports the judge's spread per suite and across the run's repeats of a test (sim judge)", async () => {
    const cache = await tempDir();
    try {
      const judge = createJudge({
        config: { model: SIM_JUDGE, baseUrl: sim.url, cacheDir: cache.dir },
        cwd: cache.dir,
      });
      // Three run repeats of one test whose answers passed 2, 1 and 0 checks: the scripted judge scores
      // them 0.85, 0.525 and 0.2; a second test of another suite is judged once.
      const repeats = [2, 1, 0].map((passedChecks, r) => {
        const base = item("add", "blind", passedChecks);
        const key = base.key.replace("#1", `#${r + 1}`);
        return { ...base, key, hash: key, repeat: r + 1, suite: "balanced" } as ItemResult;
      });
      const other = { ...item("add", "informed", 2), suite: "legacy" } as ItemResult;
      const judged = await judgeRunItems(runOf([...repeats, other]), {
        judge,
        tests: new Map([["add", ADD_TEST]]),
        repeat: 2,
        signal: new AbortController().signal,
      });
      const { perSuite, perRunRepeatGroup } = judged.reliability;
      const means = [0.85, 0.525, 0.2];
      const mean = means.reduce((a, b) => a + b) / 3;
      const variance = means.reduce((sum, m) => sum + (m - mean) ** 2, 0) / 2;
      expect(perRunRepeatGroup).toEqual([
        expect.objectContaining({
          key: "sim/oracle|ollama|add|blind",
          suite: "balanced",
          n: 3,
          variance: expect.closeTo(variance, 10),
          range: expect.closeTo(0.65, 10),
        }),
      ]);
      expect(perSuite.map((s) => [s.suite, s.items, s.meanVariance, s.runRepeats.groups])).toEqual([
        ["balanced", 3, 0, 1],
        ["legacy", 1, 0, 0],
      ]);
      expect(perSuite[0]!.runRepeats.meanVariance).toBeCloseTo(variance, 10);
    } finally {
      await cache.remove();
    }
  });
});
