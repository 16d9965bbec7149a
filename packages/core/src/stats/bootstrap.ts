// Percentile-bootstrap confidence intervals for a mean and for a paired mean difference, drawn from a
// seeded generator so the same inputs and seed always give the same interval.
import { assertConfidence, assertFiniteValues, assertIntegerInRange } from "./arguments.js";
import { sampleBinomial } from "./binomial-sample.js";
import { compensatedSum } from "./mean.js";
import { percentileOfSorted } from "./percentile.js";
import { createRandom } from "./random.js";

/** Options of `bootstrapMeanInterval` and `pairedBootstrapDelta`. */
export interface BootstrapOptions {
  /** Seed of the generator (any safe integer); default 0. The same seed gives the same interval. */
  seed?: number;
  /** Number of resamples; default 2000. */
  resamples?: number;
  /** Two-sided confidence level strictly between 0 and 1; default 0.95. */
  confidence?: number;
}

/** A mean with its bootstrap confidence interval; all but `n` are NaN when `n` is 0. */
export interface MeanInterval {
  mean: number;
  lower: number;
  upper: number;
  n: number;
}

/** A paired mean difference (B − A) with its bootstrap interval; all but `n` are NaN when `n` is 0. */
export interface DeltaInterval {
  /** Mean of b[i] − a[i]: positive when B is higher than A. */
  delta: number;
  lower: number;
  upper: number;
  n: number;
}

const DEFAULT_SEED = 0;
const DEFAULT_RESAMPLES = 2000;

// Data with at most n/LEVEL_PATH_RATIO distinct values is resampled through multinomial counts.
const LEVEL_PATH_RATIO = 256;

interface Levels {
  values: number[];
  counts: number[];
}

/** Returns the distinct values (ascending) and their counts, or undefined when there are too many. */
function countLevels(values: Float64Array, maxLevels: number): Levels | undefined {
  const counts = new Map<number, number>();
  for (const value of values) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (counts.size > maxLevels) return undefined;
  }
  const levelValues = [...counts.keys()].sort((x, y) => x - y);
  return { values: levelValues, counts: levelValues.map((value) => counts.get(value)!) };
}

function resampleMeans(values: Float64Array, resamples: number, seed: number): Float64Array {
  const random = createRandom(seed);
  const n = values.length;
  const means = new Float64Array(resamples);
  const levels = countLevels(values, Math.floor(n / LEVEL_PATH_RATIO));
  if (levels) {
    // A resample's counts per distinct value are Multinomial(n, count/n), drawn exactly as a chain
    // of binomials: O(levels · log n) per resample instead of n draws. Same distribution of means.
    for (let r = 0; r < resamples; r++) {
      let remaining = n;
      let unassigned = n;
      let sum = 0;
      for (let j = 0; j < levels.values.length && remaining > 0; j++) {
        const count = levels.counts[j]!;
        const drawn =
          j === levels.values.length - 1 ? remaining : sampleBinomial(random, remaining, count / unassigned);
        sum += drawn * levels.values[j]!;
        remaining -= drawn;
        unassigned -= count;
      }
      means[r] = sum / n;
    }
    return means;
  }
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[random.nextInt(n)]!;
    means[r] = sum / n;
  }
  return means;
}

function resolveOptions(fn: string, options: BootstrapOptions): Required<BootstrapOptions> {
  const { seed = DEFAULT_SEED, resamples = DEFAULT_RESAMPLES, confidence = 0.95 } = options;
  assertIntegerInRange(fn, "seed", seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  assertIntegerInRange(fn, "resamples", resamples, 1, 10_000_000);
  assertConfidence(fn, confidence);
  return { seed, resamples, confidence };
}

function resampleMeanInterval(
  values: Float64Array,
  { seed, resamples, confidence }: Required<BootstrapOptions>,
): { estimate: number; lower: number; upper: number } {
  const means = resampleMeans(values, resamples, seed).sort();
  const tail = (100 * (1 - confidence)) / 2;
  return {
    estimate: compensatedSum(values) / values.length,
    lower: percentileOfSorted(means, tail),
    upper: percentileOfSorted(means, 100 - tail),
  };
}

/**
 * Returns the mean of `values` with a percentile-bootstrap interval: `resamples` times, draw n values
 * with replacement and take their mean; the bounds are the type 7 percentiles (1−confidence)/2 and
 * (1+confidence)/2 of those means. Deterministic for the same values and seed. Suited to judge scores,
 * check rates, per-item pass rates and latencies. With no values, returns n 0 and NaN bounds.
 *
 * Cost: when the values take at most n/256 distinct values (pass/fail, check rates, judge scores on a
 * scale), each resample's counts are drawn exactly as a multinomial, O(distinct · log n); otherwise
 * each resample draws n values (2000 resamples of 100,000 distinct values take several seconds).
 * @throws RangeError when a value is not finite, resamples is not a positive integer, confidence is
 * not strictly between 0 and 1, or seed is not a safe integer.
 */
export function bootstrapMeanInterval(
  values: readonly number[],
  options: BootstrapOptions = {},
): MeanInterval {
  const resolved = resolveOptions("bootstrapMeanInterval", options);
  assertFiniteValues("bootstrapMeanInterval", "values", values);
  if (values.length === 0) return { mean: Number.NaN, lower: Number.NaN, upper: Number.NaN, n: 0 };
  const { estimate, lower, upper } = resampleMeanInterval(Float64Array.from(values), resolved);
  return { mean: estimate, lower, upper, n: values.length };
}

/**
 * Returns the mean paired difference b[i] − a[i] (B minus A, item by item) with a percentile-bootstrap
 * interval that resamples whole pairs, so item difficulty cancels out. `a` and `b` must list the same
 * items in the same order. An interval that excludes 0 is a difference beyond resampling noise (see
 * `classifyDelta`). With no pairs, returns n 0 and NaN bounds.
 * @throws RangeError when the arrays differ in length or hold a non-finite value, or on invalid options
 * (as `bootstrapMeanInterval`).
 */
export function pairedBootstrapDelta(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: BootstrapOptions = {},
): DeltaInterval {
  if (a.length !== b.length) {
    throw new RangeError(
      `pairedBootstrapDelta: a and b must hold one value per matched item, in the same order; a has ${a.length} and b has ${b.length}.`,
    );
  }
  const resolved = resolveOptions("pairedBootstrapDelta", options);
  assertFiniteValues("pairedBootstrapDelta", "a", a);
  assertFiniteValues("pairedBootstrapDelta", "b", b);
  if (a.length === 0) return { delta: Number.NaN, lower: Number.NaN, upper: Number.NaN, n: 0 };
  const differences = Float64Array.from(b, (value, i) => value - a[i]!);
  const { estimate, lower, upper } = resampleMeanInterval(differences, resolved);
  return { delta: estimate, lower, upper, n: a.length };
}
