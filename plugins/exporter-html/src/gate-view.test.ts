import { describe, expect, it } from "vitest";
import { readGateView } from "./gate-view.js";

describe("readGateView", () => {
  it("reads profiles, recommendations, candidate scores, pass/fail and violated thresholds", () => {
    const view = readGateView({
      profiles: [
        {
          profile: "low_latency",
          description: "fast helper while coding",
          recommendation: { model: "qwen3:4b" },
          candidates: [
            { model: "qwen3:4b", composite: { score: 0.81 }, passed: true },
            {
              model: "llama3.2:3b",
              score: 0.4,
              passed: false,
              violations: [{ metric: "passAt1", value: 0.25, limit: 0.5 }, { message: "p95 wall too slow" }],
            },
          ],
        },
      ],
      alerts: [{ severity: "warning", message: "narrow margin" }],
    });
    expect(view).toEqual({
      profiles: [
        {
          id: "low_latency",
          description: "fast helper while coding",
          recommendation: "qwen3:4b",
          candidates: [
            { model: "qwen3:4b", score: 0.81, passed: true, reasons: [] },
            {
              model: "llama3.2:3b",
              score: 0.4,
              passed: false,
              reasons: ["passAt1: 0.25 vs limit 0.5", "p95 wall too slow"],
            },
          ],
        },
      ],
      alerts: ["warning: narrow margin"],
    });
  });

  it("reads a profiles map and JSON text; shows nothing for what it cannot read", () => {
    const text = JSON.stringify({
      profiles: { balanced: { recommended: "m", candidates: [{ name: "m", status: "pass" }] } },
    });
    expect(readGateView(text)?.profiles[0]).toMatchObject({
      id: "balanced",
      recommendation: "m",
      candidates: [{ model: "m", passed: true }],
    });
    expect(readGateView(undefined)).toBeUndefined();
    expect(readGateView("not json")).toBeUndefined();
    expect(readGateView({ profiles: [] })).toBeUndefined();
  });
});
