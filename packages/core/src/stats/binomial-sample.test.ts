import { describe, expect, it } from "vitest";
import { sampleBinomial, sampleGamma } from "./binomial-sample.js";
import { createRandom } from "./random.js";

function momentsOf(draws: number[]): { mean: number; variance: number } {
  const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
  const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (draws.length - 1);
  return { mean, variance };
}

describe("sampleBinomial", () => {
  it.each([
    [10, 0.5],
    [40, 0.1],
    [1000, 0.3],
    [100_000, 0.5],
    [100_000, 0.001],
    [100_000, 0.98],
  ])("Bin(%d, %d): the draws have mean n·p and variance n·p·(1 − p)", (trials, p) => {
    const random = createRandom(trials);
    const draws = Array.from({ length: 20_000 }, () => sampleBinomial(random, trials, p));
    const { mean, variance } = momentsOf(draws);
    const expectedVariance = trials * p * (1 - p);
    // Standard error of the mean is √(variance / 20000); allow 5 of them. Variance within 5%.
    expect(Math.abs(mean - trials * p)).toBeLessThan(5 * Math.sqrt(expectedVariance / 20_000));
    expect(variance / expectedVariance).toBeGreaterThan(0.95);
    expect(variance / expectedVariance).toBeLessThan(1.05);
    expect(draws.every((draw) => Number.isInteger(draw) && draw >= 0 && draw <= trials)).toBe(true);
  });

  it("matches the exact probabilities of Bin(50, 0.3) in every outcome (chi-square test)", () => {
    // 50 trials go through one Beta split before the direct Bernoulli draws.
    const random = createRandom(99);
    const draws = 100_000;
    const observed = new Array<number>(51).fill(0);
    for (let i = 0; i < draws; i++) observed[sampleBinomial(random, 50, 0.3)]!++;
    let probability = 0.7 ** 50;
    let chiSquare = 0;
    let cells = 0;
    let pooledExpected = 0;
    let pooledObserved = 0;
    for (let k = 0; k <= 50; k++) {
      const expected = draws * probability;
      if (expected < 5) {
        pooledExpected += expected;
        pooledObserved += observed[k]!;
      } else {
        chiSquare += (observed[k]! - expected) ** 2 / expected;
        cells++;
      }
      probability *= ((50 - k) / (k + 1)) * (0.3 / 0.7);
    }
    chiSquare += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
    // About 25 degrees of freedom: the 0.999 quantile of chi-square(25) is 52.6.
    expect(cells).toBeGreaterThan(20);
    expect(chiSquare).toBeLessThan(52.6);
  });

  it("returns 0 or all trials at probability 0 or 1, and 0 for no trials", () => {
    const random = createRandom(1);
    expect(sampleBinomial(random, 500, 0)).toBe(0);
    expect(sampleBinomial(random, 500, 1)).toBe(500);
    expect(sampleBinomial(random, 0, 0.5)).toBe(0);
  });
});

describe("sampleGamma", () => {
  it.each([1, 2.5, 50, 50_000])("Gamma(%d): the draws have mean and variance equal to the shape", (shape) => {
    const random = createRandom(shape * 10);
    const { mean, variance } = momentsOf(Array.from({ length: 20_000 }, () => sampleGamma(random, shape)));
    expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / 20_000));
    expect(variance / shape).toBeGreaterThan(0.93);
    expect(variance / shape).toBeLessThan(1.07);
  });
});
