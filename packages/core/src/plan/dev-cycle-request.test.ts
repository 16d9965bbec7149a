import { describe, expect, it } from "vitest";
import { validateDevCycleRequest } from "./dev-cycle-request.js";

describe("validateDevCycleRequest", () => {
  it("needs --from with --defer-benchmarks, and --defer-benchmarks with --from", () => {
    expect(() => validateDevCycleRequest({ deferBenchmarks: true })).toThrow(/--from <run>/);
    expect(() => validateDevCycleRequest({ from: ["latest"] })).toThrow(/only read with --defer-benchmarks/);
    expect(() => validateDevCycleRequest({ deferBenchmarks: true, from: ["latest"] })).not.toThrow();
  });

  it("refuses a demo that defers its benchmarks, and --ollama-url with --demo", () => {
    expect(() => validateDevCycleRequest({ deferBenchmarks: true, from: ["latest"], demo: true })).toThrow(
      /cannot be combined with --defer-benchmarks/,
    );
    expect(() => validateDevCycleRequest({ demo: true, ollamaUrl: "http://x" })).toThrow(/--ollama-url/);
    expect(() => validateDevCycleRequest({ demo: true })).not.toThrow();
  });
});
