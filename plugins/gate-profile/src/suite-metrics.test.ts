import { runBenchmark } from "@benchloop/core";
import { createFakeWorkspace } from "@benchloop/core/testing";
import { describe, expect, it } from "vitest";
import { computeSuiteMetrics } from "./suite-metrics.js";

const OPTIONS = {
  abilityMetric: "checkRate" as const,
  intervals: { confidence: 0.95, resamples: 200, seed: 0 },
};

describe("computeSuiteMetrics latency", () => {
  it("a run served from the cache has the latency of the run that generated it, with the replayed items counted", async () => {
    const ws = await createFakeWorkspace({
      script: ({ test }) => ({ wallMs: 1000 + Number(test.slice(2)) * 100 }),
    });
    try {
      const config = ws.config({
        passTypes: ["blind"],
        sources: { "fake-tests": { count: 5, suites: ["live"] } },
        harnesses: { fake: { models: [{ name: "m" }] } },
      });
      const run = () => runBenchmark({ config, registry: ws.registry, scope: ws.scope(config), cwd: ws.dir });
      const generated = (await run()).run;
      const replayed = (await run()).run;
      expect(replayed.summary.cache.hits).toBe(5);
      const before = computeSuiteMetrics(generated.items, OPTIONS);
      const after = computeSuiteMetrics(replayed.items, OPTIONS);
      expect(before.wallReplayedItems).toBeUndefined();
      expect(after.wallReplayedItems).toBe(5);
      expect(after.wallP50Ms).toBe(before.wallP50Ms);
      expect(after.wallMeanMs).toBe(before.wallMeanMs);
      expect(after.wallP50Ms).toBeGreaterThanOrEqual(1300);
    } finally {
      await ws.cleanup();
    }
  });
});
