import { describe, expect, it } from "vitest";
import { pairedDetectableDifference, pairedItemsNeeded } from "./detectable-difference.js";

// Known values worked by hand from Connor (1987), n = (z₀.₉₇₅·√ψ + z₀.₈·√(ψ − δ²))² / δ² with
// z₀.₉₇₅ = 1.959964 and z₀.₈ = 0.841621:
//   ψ 0.2, δ 0.1:  (0.876523 + 0.366852)² / 0.01 = 154.60 → 155
//   ψ 0.1, δ 0.05: (0.619795 + 0.262796)² / 0.0025 = 311.59 → 312
//   ψ 0.3, δ 0.1:  (1.073517 + 0.453227)² / 0.01 = 233.09 → 234
describe("pairedItemsNeeded", () => {
  it.each([
    [0.1, 0.2, 155],
    [0.05, 0.1, 312],
    [0.1, 0.3, 234],
  ])("δ %d at discordance %d needs %d items (95%, 80% power)", (difference, discordance, expected) => {
    expect(pairedItemsNeeded(difference, { discordance })).toBe(expected);
  });

  it("needs more items for more power or a stricter level", () => {
    const base = pairedItemsNeeded(0.1);
    expect(pairedItemsNeeded(0.1, { power: 0.9 })).toBeGreaterThan(base);
    expect(pairedItemsNeeded(0.1, { alpha: 0.01 })).toBeGreaterThan(base);
  });

  it("throws a RangeError for a difference outside (0, discordance]", () => {
    expect(() => pairedItemsNeeded(0)).toThrow(RangeError);
    expect(() => pairedItemsNeeded(0.25, { discordance: 0.2 })).toThrow(RangeError);
    expect(() => pairedItemsNeeded(0.1, { discordance: 1 })).toThrow(RangeError);
    expect(() => pairedItemsNeeded(0.1, { alpha: 0 })).toThrow(RangeError);
    expect(() => pairedItemsNeeded(0.1, { power: 1 })).toThrow(RangeError);
  });
});

describe("pairedDetectableDifference", () => {
  it("inverts pairedItemsNeeded", () => {
    for (const [difference, discordance] of [
      [0.1, 0.2],
      [0.05, 0.1],
      [0.1, 0.3],
      [0.15, 0.25],
    ] as const) {
      const needed = pairedItemsNeeded(difference, { discordance });
      const detectable = pairedDetectableDifference(needed, { discordance });
      expect(detectable).not.toBeNull();
      expect(detectable!).toBeLessThanOrEqual(difference);
      expect(pairedDetectableDifference(needed - 1, { discordance })!).toBeGreaterThan(difference);
    }
  });

  it("gives about 10 points for 150 items at 20% discordance and shrinks with more items", () => {
    expect(pairedDetectableDifference(150)).toBeCloseTo(0.1015, 4);
    expect(pairedDetectableDifference(600)!).toBeLessThan(pairedDetectableDifference(150)!);
  });

  it("returns null when no difference is detectable with that few items", () => {
    // At ψ 0.2 even δ = ψ needs (0.876523 + 0.841621·√0.16)² / 0.04 = 36.8 items.
    expect(pairedDetectableDifference(36)).toBeNull();
    expect(pairedDetectableDifference(37)).toBeCloseTo(0.2, 1);
    expect(pairedDetectableDifference(0)).toBeNull();
  });

  it("throws a RangeError for a negative or fractional item count", () => {
    expect(() => pairedDetectableDifference(-1)).toThrow(RangeError);
    expect(() => pairedDetectableDifference(2.5)).toThrow(RangeError);
  });
});
