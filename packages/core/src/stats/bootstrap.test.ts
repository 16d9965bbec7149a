import { describe, expect, it } from "vitest";
import { bootstrapMeanInterval, pairedBootstrapDelta } from "./bootstrap.js";
import { createRandom } from "./random.js";

const SCORES = [0.2, 0.9, 0.4, 0.75, 0.6, 0.1, 0.85, 0.5, 0.3, 0.95, 0.7, 0.45];

/** Draws `n` values uniform on [0, 1) from a seeded generator. */
function uniformSample(random: ReturnType<typeof createRandom>, n: number): number[] {
  return Array.from({ length: n }, () => random.next());
}

describe("bootstrapMeanInterval", () => {
  it("returns the same interval for the same values and seed", () => {
    const first = bootstrapMeanInterval(SCORES, { seed: 11 });
    expect(bootstrapMeanInterval(SCORES, { seed: 11 })).toEqual(first);
    expect(bootstrapMeanInterval(SCORES)).toEqual(bootstrapMeanInterval(SCORES, { seed: 0 }));
  });

  it("returns a different interval for a different seed, around the same mean", () => {
    const first = bootstrapMeanInterval(SCORES, { seed: 11 });
    const second = bootstrapMeanInterval(SCORES, { seed: 12 });
    expect(second.mean).toBe(first.mean);
    expect([second.lower, second.upper]).not.toEqual([first.lower, first.upper]);
  });

  it("reports the arithmetic mean and an interval that contains it", () => {
    const interval = bootstrapMeanInterval(SCORES, { seed: 1 });
    expect(interval.n).toBe(12);
    expect(interval.mean).toBeCloseTo(6.7 / 12, 15);
    expect(interval.lower).toBeLessThan(interval.mean);
    expect(interval.upper).toBeGreaterThan(interval.mean);
  });

  it("agrees with the normal-theory interval mean ± 1.96·s/√n for a large sample", () => {
    const values = uniformSample(createRandom(5), 2000);
    const n = values.length;
    const average = values.reduce((sum, value) => sum + value, 0) / n;
    const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (n - 1);
    const halfWidth = 1.959963984540054 * Math.sqrt(variance / n);
    const interval = bootstrapMeanInterval(values, { seed: 2 });
    expect(Math.abs(interval.lower - (average - halfWidth))).toBeLessThan(0.1 * halfWidth);
    expect(Math.abs(interval.upper - (average + halfWidth))).toBeLessThan(0.1 * halfWidth);
  });

  it("covers the true mean in about 95% of repeated samples", () => {
    // 400 samples of 40 values uniform on [0, 1): the percentile bootstrap is known to cover a little
    // under its nominal level at this size, so accept 88%–98%. Seeded, so the figure never changes.
    const random = createRandom(2024);
    let covered = 0;
    for (let trial = 0; trial < 400; trial++) {
      const interval = bootstrapMeanInterval(uniformSample(random, 40), { seed: trial, resamples: 1000 });
      if (interval.lower <= 0.5 && 0.5 <= interval.upper) covered++;
    }
    expect(covered / 400).toBeGreaterThan(0.88);
    expect(covered / 400).toBeLessThan(0.98);
  });

  it("agrees with the normal-theory interval for 3000 pass/fail outcomes (few distinct values)", () => {
    const random = createRandom(21);
    const values: number[] = Array.from({ length: 3000 }, () => (random.next() < 0.3 ? 1 : 0));
    const p = values.reduce((sum, value) => sum + value, 0) / values.length;
    const halfWidth = 1.959963984540054 * Math.sqrt((p * (1 - p)) / values.length);
    const interval = bootstrapMeanInterval(values, { seed: 4 });
    expect(Math.abs(interval.lower - (p - halfWidth))).toBeLessThan(0.1 * halfWidth);
    expect(Math.abs(interval.upper - (p + halfWidth))).toBeLessThan(0.1 * halfWidth);
  });

  it("covers the true rate in about 95% of repeated samples of 1000 pass/fail outcomes", () => {
    const random = createRandom(77);
    let covered = 0;
    for (let trial = 0; trial < 200; trial++) {
      const values: number[] = Array.from({ length: 1000 }, () => (random.next() < 0.2 ? 1 : 0));
      const interval = bootstrapMeanInterval(values, { seed: trial, resamples: 500 });
      if (interval.lower <= 0.2 && 0.2 <= interval.upper) covered++;
    }
    expect(covered / 200).toBeGreaterThan(0.9);
    expect(covered / 200).toBeLessThan(0.99);
  });

  it("gives the same interval for the same values in any order when they take few distinct values", () => {
    const values = Array.from({ length: 2048 }, (_, i) => (i % 7) / 6);
    const reversed = [...values].reverse();
    expect(bootstrapMeanInterval(reversed, { seed: 3 })).toEqual(bootstrapMeanInterval(values, { seed: 3 }));
  });

  it("confidence: a higher level gives a wider interval", () => {
    const at80 = bootstrapMeanInterval(SCORES, { seed: 3, confidence: 0.8 });
    const at99 = bootstrapMeanInterval(SCORES, { seed: 3, confidence: 0.99 });
    expect(at99.upper - at99.lower).toBeGreaterThan(at80.upper - at80.lower);
  });

  it("collapses to a point for identical values", () => {
    expect(bootstrapMeanInterval([4, 4, 4], { seed: 9 })).toEqual({ mean: 4, lower: 4, upper: 4, n: 3 });
  });

  it("returns n 0 and NaN for no values", () => {
    expect(bootstrapMeanInterval([])).toEqual({
      mean: Number.NaN,
      lower: Number.NaN,
      upper: Number.NaN,
      n: 0,
    });
  });

  it.each([
    ["values: NaN", () => bootstrapMeanInterval([1, Number.NaN])],
    ["resamples: 0", () => bootstrapMeanInterval(SCORES, { resamples: 0 })],
    ["confidence: 95", () => bootstrapMeanInterval(SCORES, { confidence: 95 })],
    ["seed: a fraction", () => bootstrapMeanInterval(SCORES, { seed: 0.5 })],
    ["resamples: a fraction, even with no values", () => bootstrapMeanInterval([], { resamples: 1.5 })],
    ["confidence: 0, for paired values", () => pairedBootstrapDelta([1], [2], { confidence: 0 })],
  ])("%s is refused with a RangeError", (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe("pairedBootstrapDelta", () => {
  it("reports the mean of b − a", () => {
    const delta = pairedBootstrapDelta([1, 2, 3], [2, 2, 5], { seed: 1 });
    expect(delta.delta).toBeCloseTo(1, 15);
    expect(delta.n).toBe(3);
  });

  it("cancels item difficulty: a constant shift on very different items has a zero-width interval", () => {
    const a = [0.05, 0.9, 0.3, 0.6, 0.15, 0.8];
    const b = a.map((score) => score + 0.1);
    const delta = pairedBootstrapDelta(a, b, { seed: 4 });
    expect(delta.delta).toBeCloseTo(0.1, 12);
    expect(delta.lower).toBeCloseTo(0.1, 12);
    expect(delta.upper).toBeCloseTo(0.1, 12);
  });

  it("keeps a zero-mean random difference within an interval that contains 0", () => {
    const random = createRandom(8);
    const a = uniformSample(random, 300);
    const b = a.map((score) => score + (random.next() - 0.5) * 0.2);
    const delta = pairedBootstrapDelta(a, b, { seed: 8 });
    expect(delta.lower).toBeLessThan(0);
    expect(delta.upper).toBeGreaterThan(0);
  });

  it("is reproducible for the same seed", () => {
    const b = SCORES.map((score, i) => score + (i % 3) * 0.05);
    expect(pairedBootstrapDelta(SCORES, b, { seed: 5 })).toEqual(
      pairedBootstrapDelta(SCORES, b, { seed: 5 }),
    );
    expect(pairedBootstrapDelta(SCORES, b, { seed: 5 })).not.toEqual(
      pairedBootstrapDelta(SCORES, b, { seed: 6 }),
    );
  });

  it("returns n 0 and NaN for no pairs", () => {
    expect(pairedBootstrapDelta([], [])).toEqual({
      delta: Number.NaN,
      lower: Number.NaN,
      upper: Number.NaN,
      n: 0,
    });
  });

  it("refuses value lists of different lengths", () => {
    expect(() => pairedBootstrapDelta([1, 2], [1])).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: pairedBootstrapDelta: a and b must hold one value per matched item, in the same order; a has 2 and b has 1.]`,
    );
  });
});
