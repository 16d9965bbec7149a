// The paired sign-flip (randomisation) test: if run B is only a redraw of run A, each item's difference
// B − A is as likely to have either sign, so the observed sum is compared with the sums of randomly
// re-signed differences. Exact under that null (up to Monte Carlo error; its normal limit above 100
// non-zero differences), unlike percentile-bootstrap intervals, which are too narrow in the far tails a
// Bonferroni-corrected verdict needs.
import { createRandom } from "../stats/random.js";

/** Differences at most this many get every sign assignment enumerated (2^16 sums). */
const EXACT_LIMIT = 16;
/**
 * Above this many non-zero differences, when no single one dominates, the sign-flip distribution of
 * the sum is normal (Lindeberg) to well within the Monte Carlo error of 10,000 rounds.
 */
const NORMAL_LIMIT = 100;

/** Options of {@link signFlipTest}. */
export interface SignFlipOptions {
  /** Random sign assignments drawn (default 10,000). */
  rounds?: number;
  /** Seed of the generator (default 0). */
  seed?: number;
}

function normalTwoSided(z: number): number {
  // erfc by Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7), p = erfc(|z| / √2).
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.min(1, poly * Math.exp(-x * x));
}

/**
 * Returns the two-sided p-value of the paired sign-flip test for differences `b[i] − a[i]` (1 when all
 * are zero). Deterministic for the same inputs and seed.
 */
export function signFlipTest(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: SignFlipOptions = {},
): number {
  const differences: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const d = b[i]! - a[i]!;
    if (d !== 0) differences.push(d);
  }
  const m = differences.length;
  if (m === 0) return 1;
  let observed = 0;
  let squares = 0;
  for (const d of differences) {
    observed += d;
    squares += d * d;
  }
  const threshold = Math.abs(observed) * (1 - 1e-12);
  if (m <= EXACT_LIMIT) {
    let extreme = 0;
    const total = 2 ** m;
    for (let mask = 0; mask < total; mask++) {
      let sum = 0;
      for (let i = 0; i < m; i++) sum += mask & (1 << i) ? -differences[i]! : differences[i]!;
      if (Math.abs(sum) >= threshold) extreme++;
    }
    return extreme / total;
  }
  let largest = 0;
  for (const d of differences) largest = Math.max(largest, d * d);
  if (m > NORMAL_LIMIT && largest <= 0.1 * squares) return normalTwoSided(observed / Math.sqrt(squares));
  const rounds = options.rounds ?? 10_000;
  const random = createRandom(options.seed ?? 0);
  let extreme = 0;
  for (let r = 0; r < rounds; r++) {
    let sum = 0;
    let bits = 0;
    for (let i = 0; i < m; i++) {
      if (i % 32 === 0) bits = random.nextUint32();
      sum += bits & (1 << (i % 32)) ? -differences[i]! : differences[i]!;
    }
    if (Math.abs(sum) >= threshold) extreme++;
  }
  return (extreme + 1) / (rounds + 1);
}
