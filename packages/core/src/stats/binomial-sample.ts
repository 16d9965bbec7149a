// Exact draws from the binomial distribution in O(log n) uniforms, so a bootstrap over data with few
// distinct values (pass/fail, check rates, judge scores) costs little even at n = 100,000.
import type { Random } from "./random.js";

// At or below this many trials, count Bernoulli draws directly.
const DIRECT_TRIALS = 32;

function sampleStandardNormal(random: Random): number {
  // Marsaglia's polar method.
  for (;;) {
    const u = 2 * random.next() - 1;
    const v = 2 * random.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Draws from Gamma(shape, 1) for shape ≥ 1 (Marsaglia and Tsang 2000). @internal */
export function sampleGamma(random: Random, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleStandardNormal(random);
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = random.next();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * Draws the number of successes in `trials` independent trials of success `probability`, exactly
 * (Knuth, TAOCP vol. 2 §3.4.1): while many trials remain, draw their a-th smallest uniform X ~ Beta(a, b)
 * with a ≈ trials/2 and recurse into the side of X that holds `probability`; finish with Bernoulli draws.
 * @internal
 */
export function sampleBinomial(random: Random, trials: number, probability: number): number {
  if (probability <= 0 || trials === 0) return 0;
  if (probability >= 1) return trials;
  let successes = 0;
  let remaining = trials;
  let p = probability;
  while (remaining > DIRECT_TRIALS) {
    const a = 1 + Math.floor(remaining / 2);
    const b = remaining + 1 - a;
    const gammaA = sampleGamma(random, a);
    const x = gammaA / (gammaA + sampleGamma(random, b));
    if (x >= p) {
      // The a − 1 uniforms below X are uniform on [0, X).
      remaining = a - 1;
      p /= x;
    } else {
      // X and the a − 1 below it are successes; the b − 1 above are uniform on (X, 1].
      successes += a;
      remaining = b - 1;
      p = (p - x) / (1 - x);
    }
  }
  for (let i = 0; i < remaining; i++) if (random.next() < p) successes++;
  return successes;
}
