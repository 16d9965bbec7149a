// McNemar's exact test for two runs scored pass/fail on the same items: only the items whose outcome
// flipped carry information about which run is better.
import { assertIntegerInRange } from "./arguments.js";
import { logBinomial } from "./log-gamma.js";

/** Counts of paired pass/fail outcomes of the same items in run A and run B. */
export interface PassFlips {
  /** Number of pairs. */
  n: number;
  /** Items that passed in A and failed in B (McNemar's b). */
  passToFail: number;
  /** Items that failed in A and passed in B (McNemar's c). */
  failToPass: number;
}

/**
 * Counts the items whose outcome flipped between run A (`a`) and run B (`b`), given one outcome per
 * matched item in the same order in each.
 * @throws RangeError when the arrays differ in length.
 */
export function countPassFlips(a: readonly boolean[], b: readonly boolean[]): PassFlips {
  if (a.length !== b.length) {
    throw new RangeError(
      `countPassFlips: a and b must hold one outcome per matched item, in the same order; a has ${a.length} and b has ${b.length}.`,
    );
  }
  let passToFail = 0;
  let failToPass = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && !b[i]) passToFail++;
    else if (!a[i] && b[i]) failToPass++;
  }
  return { n: a.length, passToFail, failToPass };
}

/**
 * Returns the two-sided exact McNemar p-value for `b` pass→fail and `c` fail→pass items:
 * p = min(1, 2·P(X ≤ min(b, c))) with X ~ Binomial(b + c, 1/2). Terms are built in log space from
 * ln C(m, k), so m = b + c may be 100,000 or more; p-values below about 1e-308 come out as 0.
 * Examples: (1, 9) → 0.021484375, (0, 6) → 0.03125, (5, 5) → 1, (0, 0) → 1.
 * @throws RangeError when b or c is not a non-negative integer.
 */
export function mcnemarExact(b: number, c: number): number {
  assertIntegerInRange("mcnemarExact", "b", b, 0, Number.MAX_SAFE_INTEGER);
  assertIntegerInRange("mcnemarExact", "c", c, 0, Number.MAX_SAFE_INTEGER);
  const m = b + c;
  const k = Math.min(b, c);
  if (2 * k >= m) return 1;
  // P(X = k), then walk down with P(X = i − 1) = P(X = i)·i/(m − i + 1); terms shrink as i falls
  // because k < m/2, so stop once they no longer change the sum.
  let term = Math.exp(logBinomial(m, k) - m * Math.LN2);
  let tail = term;
  for (let i = k; i > 0 && term > tail * Number.EPSILON; i--) {
    term *= i / (m - i + 1);
    tail += term;
  }
  return Math.min(1, 2 * tail);
}
