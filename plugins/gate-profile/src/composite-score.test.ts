import type { ItemResult } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { computeComposite, toItemShares } from "./composite-score.js";
import { parsePolicy } from "./load-policy.js";
import { resolveProfile } from "./policy-schema.js";
import { computeSuiteMetrics } from "./suite-metrics.js";
import { createSuiteSelector } from "./suite-selector.js";
import { readPlebdevRun } from "./test-runs.js";

const INTERVALS = { confidence: 0.95, resamples: 200, seed: 0 };

describe("toItemShares", () => {
  it.each([
    ["weighted like ability", {}],
    ["efficiency and latency on one suite", { suite: "ollama" }],
  ])("the items' shares add up to the composite (%s)", async (_name, extra) => {
    const run = await readPlebdevRun();
    // Suites by harness, through a policy's named groups: the plebdev run has one item suite.
    const policy = parsePolicy({
      schemaVersion: 1,
      name: "shares",
      suites: { ollama: ["plebdev"] },
      profiles: {
        balanced: {
          suiteWeights: { ollama: 2, all: 1 },
          objective: { ability: 1.2, resourceEfficiency: 0.3, latency: 0.05, ...extra },
        },
      },
    });
    const profile = resolveProfile("balanced", policy.profiles.balanced!);
    const select = createSuiteSelector(policy.suites);
    const model = "qwen2.5-coder:7b";
    const modelItems = run.items.filter((item) => item.model === model);
    const items = new Map<string, ItemResult[]>();
    const metrics = new Map<string, ReturnType<typeof computeSuiteMetrics>>();
    for (const suite of ["ollama", "all"]) {
      const selected = modelItems.filter((item) => select(item, suite));
      items.set(
        suite,
        selected.filter((item) => item.status !== "skipped"),
      );
      metrics.set(
        suite,
        computeSuiteMetrics(selected, { abilityMetric: "checkRate", vramGb: 5, intervals: INTERVALS }),
      );
    }
    const composite = computeComposite(profile, metrics, 5);
    const shares = toItemShares(profile, items, metrics, 5);
    const total = [...shares.values()].reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(composite.score, 10);
    expect(composite.terms.every((t) => t.value !== null)).toBe(true);
  });
});

describe("computeComposite", () => {
  it("says when a weighted term was not measured, and adds 0 for it", async () => {
    const run = await readPlebdevRun();
    const items = run.items.filter((item) => item.model === "gpt-oss:20b");
    const metrics = new Map([
      ["all", computeSuiteMetrics(items, { abilityMetric: "judgeScore", intervals: INTERVALS })],
    ]);
    const profile = resolveProfile(
      "x",
      parsePolicy({
        schemaVersion: 1,
        name: "n",
        profiles: { x: { role: "r", objective: { resourceEfficiency: 1, abilityMetric: "judgeScore" } } },
      }).profiles.x!,
    );
    const composite = computeComposite(profile, metrics, undefined);
    expect(composite.terms[1]).toEqual({
      term: "resourceEfficiency",
      value: null,
      unit: "ability/GiB",
      weight: 1,
      contribution: 0,
      note: "VRAM not measured (set modelFacts.<model>.vramGb); adds 0",
    });
    expect(composite.ability).toBeGreaterThan(0);
    expect(composite.score).toBeCloseTo(composite.ability!, 12);
  });
});
