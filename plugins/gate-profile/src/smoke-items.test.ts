// Smoke tests (items with `smoke: true`) show that the setup works and stay out of every gate metric.
import { describe, expect, it } from "vitest";
import { evaluateGate } from "./evaluate-gate.js";
import { parsePolicy } from "./load-policy.js";
import { makeRun, withItems } from "./test-runs.js";

describe("evaluateGate: smoke items", () => {
  it("leaves items of smoke tests out of pass@1 and the other suite metrics", async () => {
    // beta fails t-01 and t-03, both live (odd tests); t-01 is then marked as a smoke test.
    const run = await makeRun({
      models: ["beta"],
      tests: 6,
      suites: ["live", "legacy"],
      script: ({ test }) => (["t-01", "t-03"].includes(test) ? { outcome: "fail" } : undefined),
    });
    const policy = parsePolicy({
      schemaVersion: 1,
      name: "smoke",
      profiles: { balanced: { candidates: ["beta"] } },
    });
    const now = new Date("2026-03-01T12:00:00.000Z");
    const before = evaluateGate([run], policy, { now }).profiles[0]!.candidates[0]!.metrics.live!;
    expect(before).toMatchObject({ items: 3, passed: 1, failed: 2 });

    const marked = withItems(run, (item) => (item.test === "t-01" ? { ...item, smoke: true } : item));
    const after = evaluateGate([marked], policy, { now }).profiles[0]!.candidates[0]!.metrics.live!;
    expect(after).toMatchObject({ items: 2, passed: 1, failed: 1 });
    expect(after.passAt1!.estimate).toBe(0.5);
  });
});
