import { describe, expect, it } from "vitest";
import { DEFAULT_SANDBOX_LIMITS, resolveLimits } from "./limits.js";

describe("resolveLimits", () => {
  it("fills what is not given from the defaults, later layers winning", () => {
    expect(resolveLimits({ wallMs: 5_000, memoryMb: 64 }, { memoryMb: 128 }, undefined)).toEqual({
      ...DEFAULT_SANDBOX_LIMITS,
      wallMs: 5_000,
      memoryMb: 128,
    });
  });

  it.each([
    ["wallMs", 0],
    ["memoryMb", -1],
    ["checkTimeoutMs", Number.NaN],
    ["outputBytes", Number.POSITIVE_INFINITY],
  ])("%s: refuses %s, naming the limit and its default", (key, value) => {
    expect(() => resolveLimits({ [key]: value })).toThrow(
      `sandbox limit "${key}" is ${value}; give a positive number (default ${DEFAULT_SANDBOX_LIMITS[key as keyof typeof DEFAULT_SANDBOX_LIMITS]})`,
    );
  });
});
