// Wilson score intervals for a proportion (pass rates): unlike the normal "p ± z·se" interval they
// stay inside [0, 1] and keep close to their nominal coverage at small n and at 0% or 100%.
import { assertConfidence, assertIntegerInRange } from "./arguments.js";
import { normalQuantile } from "./normal-quantile.js";

/** A proportion with its two-sided confidence interval. */
export interface ProportionInterval {
  /** Observed proportion, successes / n (0 when n is 0). */
  estimate: number;
  /** Lower bound of the interval, in [0, 1]. */
  lower: number;
  /** Upper bound of the interval, in [0, 1]. */
  upper: number;
  /** Number of trials the proportion is based on. */
  n: number;
}

/**
 * Returns the Wilson score interval for `successes` out of `n` trials at the given two-sided
 * `confidence` (default 0.95, z = 1.95996…). With n = 0 nothing is known: the result is
 * `{ estimate: 0, lower: 0, upper: 1, n: 0 }`, never NaN. 8 of 10 gives [0.4902, 0.9433].
 * @throws RangeError when n or successes is not an integer with 0 ≤ successes ≤ n, or confidence is
 * not strictly between 0 and 1.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): ProportionInterval {
  assertIntegerInRange("wilsonInterval", "n", n, 0, Number.MAX_SAFE_INTEGER);
  assertIntegerInRange("wilsonInterval", "successes", successes, 0, n);
  assertConfidence("wilsonInterval", confidence);
  if (n === 0) return { estimate: 0, lower: 0, upper: 1, n: 0 };

  const z = normalQuantile(1 - (1 - confidence) / 2);
  const zSquared = z * z;
  const estimate = successes / n;
  const denominator = 1 + zSquared / n;
  const center = (estimate + zSquared / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((estimate * (1 - estimate)) / n + zSquared / (4 * n * n));
  // At 0 or n successes the bound is exactly 0 or 1; rounding must not leave it at ±1e-17.
  const lower = successes === 0 ? 0 : Math.max(0, center - halfWidth);
  const upper = successes === n ? 1 : Math.min(1, center + halfWidth);
  return { estimate, lower, upper, n };
}
