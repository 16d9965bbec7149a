import { describe, expect, it } from "vitest";
import {
  DEMO_CODING_TESTS,
  DEMO_MODELS,
  DEMO_REPAIR_MODELS,
  ollamaUrlOf,
  runSetupOverrides,
  validateRunSetupFlags,
} from "./run-setup-flags.js";

const demo = { url: "http://127.0.0.1:11435", close: async () => undefined };

describe("runSetupOverrides", () => {
  it("gives a demo the sample of the coding catalog, and the tests the user named instead of it", () => {
    expect(runSetupOverrides({ demo: true }, demo).sources).toEqual({ coding: { tests: DEMO_CODING_TESTS } });
    expect(runSetupOverrides({ demo: true, tests: ["py-islands"] }, demo).sources).toBeUndefined();
    expect(runSetupOverrides({}).sources).toBeUndefined();
  });

  it("points ollama at the demo's simulator and runs the scripted models", () => {
    const overrides = runSetupOverrides({ demo: true }, demo);
    expect(overrides.harnesses).toEqual({ ollama: { baseUrl: demo.url } });
    expect(overrides.models).toEqual(DEMO_MODELS);
  });

  it("--repair sets one repair round, --repair 3 three; a repairing demo adds the repairer and the stubborn model", () => {
    expect(runSetupOverrides({ repair: true }).repair).toEqual({ attempts: 1 });
    expect(runSetupOverrides({ repair: 3 }).repair).toEqual({ attempts: 3 });
    expect(runSetupOverrides({}).repair).toBeUndefined();
    expect(runSetupOverrides({ demo: true, repair: true }, demo).models).toEqual([
      ...DEMO_MODELS,
      ...DEMO_REPAIR_MODELS,
    ]);
    expect(DEMO_REPAIR_MODELS).toEqual(["sim/repairer:latest", "sim/stubborn:latest"]);
  });

  it("sets the legacy roots, snippets, judge and Ollama address from their flags", () => {
    const flags = { ollamaUrl: "http://gpu:11434", legacyRoots: ["old"], keepSnippets: true, judge: "j:1b" };
    expect(runSetupOverrides(flags)).toEqual({
      harnesses: { ollama: { baseUrl: "http://gpu:11434" } },
      sources: { legacy: { roots: ["old"], keepSnippets: true } },
      judge: { model: "j:1b" },
    });
    expect(ollamaUrlOf(flags)).toBe("http://gpu:11434");
    expect(ollamaUrlOf(flags, demo)).toBe(demo.url);
  });
});

describe("--queue", () => {
  it("names the bullmq executor and its URL in the config", () => {
    expect(runSetupOverrides({ queue: "redis://q:6379" }).executor).toEqual({
      kind: "bullmq",
      url: "redis://q:6379",
    });
    expect(runSetupOverrides({}).executor).toBeUndefined();
  });
});

describe("validateRunSetupFlags", () => {
  it("refuses --ollama-url with --demo", () => {
    expect(() => validateRunSetupFlags({ demo: true, ollamaUrl: "http://x" })).toThrow(/--ollama-url/);
    expect(() => validateRunSetupFlags({ demo: true })).not.toThrow();
  });
});
