import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff.js";

const policy = { max: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

describe("retryDelayMs", () => {
  it("gives a delay for a seed that is not hex (a warm-up's harness|model)", () => {
    const delay = retryDelayMs(policy, 1, "ollama|sim/oracle:latest");
    expect(Number.isSafeInteger(delay)).toBe(true);
    expect(delay).toBeGreaterThanOrEqual(50);
    expect(delay).toBeLessThanOrEqual(100);
  });

  it("waits the same for the same seed and attempt, capped at maxDelayMs", () => {
    const hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    expect(retryDelayMs(policy, 2, hash)).toBe(retryDelayMs(policy, 2, hash));
    expect(retryDelayMs(policy, 2, hash)).toBeGreaterThanOrEqual(100);
    expect(retryDelayMs(policy, 9, hash)).toBeLessThanOrEqual(1_000);
    expect(retryDelayMs(policy, 1, "")).toBeGreaterThanOrEqual(50);
  });
});
