import { describe, expect, it } from "vitest";
import { simulatedLabel, simulatedReporters } from "./simulated-label.js";

const harnesses = [
  { id: "ollama", version: "0.1.0", plugin: "@benchloop/harness-ollama" },
  { id: "mock-llm", version: "2.0.0", plugin: "@acme/benchloop-mock" },
];
const model = (name: string, harness: string, simulated?: boolean) => ({
  name,
  harness,
  ...(simulated === undefined ? {} : { simulated }),
});

describe("simulatedLabel", () => {
  it("names the third-party plugin that reported simulation, and never calls it ollama-sim", () => {
    const plan = { harnesses, models: [model("tiny", "mock-llm", true), model("qwen3:8b", "ollama", false)] };
    expect(simulatedReporters(plan)).toEqual(["@acme/benchloop-mock (harness mock-llm)"]);
    const label = simulatedLabel(true, plan);
    expect(label).toBe(
      "yes: simulated (reported by @acme/benchloop-mock (harness mock-llm)); these results say nothing about real models",
    );
    expect(label).not.toContain("ollama-sim");
  });

  it("lists every reporter once, in plan order", () => {
    const plan = {
      harnesses,
      models: [
        model("sim/oracle", "ollama", true),
        model("sim/sloppy", "ollama", true),
        model("tiny", "mock-llm", true),
      ],
    };
    expect(simulatedReporters(plan)).toEqual([
      "@benchloop/harness-ollama (harness ollama)",
      "@acme/benchloop-mock (harness mock-llm)",
    ]);
  });

  it("says only that it is simulated when no model says which harness reported it (a probe did)", () => {
    expect(simulatedLabel(true, { harnesses, models: [model("tiny", "mock-llm")] })).toBe(
      "yes: simulated (reported by a harness's probe); these results say nothing about real models",
    );
    expect(simulatedLabel(true, undefined)).toBe(
      "yes: simulated (reported by a harness's probe); these results say nothing about real models",
    );
  });

  it("is no for a real run", () => {
    expect(simulatedLabel(false, { harnesses, models: [] })).toBe("no");
  });
});
