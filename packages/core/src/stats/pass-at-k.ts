// pass@1, pass@k and pass^k from repeated attempts at an item (Chen et al. 2021, "Evaluating Large
// Language Models Trained on Code"; pass^k as in Yao et al. 2024, τ-bench).
import { assertConfidence, assertIntegerInRange } from "./arguments.js";
import { type ProportionInterval, wilsonInterval } from "./wilson.js";

/**
 * Returns pass@1 of a cell (or of any pooled set of attempts) — the share of `true` outcomes — with
 * its Wilson interval at `confidence` (default 0.95). For an aggregate over items that were each
 * repeated, the attempts of one item are not independent and this interval is too narrow; use
 * `bootstrapMeanInterval` over the per-item pass rates instead.
 */
export function passAt1(outcomes: readonly boolean[], confidence = 0.95): ProportionInterval {
  assertConfidence("passAt1", confidence);
  let passed = 0;
  for (const outcome of outcomes) if (outcome) passed++;
  return wilsonInterval(passed, outcomes.length, confidence);
}

function assertRepeatCounts(fn: string, n: number, c: number, k: number): void {
  assertIntegerInRange(fn, "n", n, 1, Number.MAX_SAFE_INTEGER);
  assertIntegerInRange(fn, "c", c, 0, n);
  assertIntegerInRange(fn, "k", k, 1, n);
}

/**
 * Returns the unbiased pass@k estimate from `n` attempts of which `c` passed: the probability that at
 * least one of k attempts drawn without replacement passes, 1 − C(n−c, k) / C(n, k). Computed as
 * 1 − ∏_{i=n−c+1}^{n} (1 − k/i) in log space, so it neither overflows nor loses precision at n = 100,000.
 * @throws RangeError unless n, c, k are integers with 0 ≤ c ≤ n and 1 ≤ k ≤ n.
 */
export function passAtK(n: number, c: number, k: number): number {
  assertRepeatCounts("passAtK", n, c, k);
  if (n - c < k) return 1;
  if (c === 0) return 0;
  let logAllFail = 0;
  for (let i = n - c + 1; i <= n; i++) logAllFail += Math.log1p(-k / i);
  return -Math.expm1(logAllFail);
}

/**
 * Returns pass^k from `n` attempts of which `c` passed: the probability that all k attempts drawn
 * without replacement pass, C(c, k) / C(n, k) = ∏_{i=0}^{k−1} (c−i)/(n−i), computed in log space.
 * It measures reliability: pass^k falls as k grows while pass@k rises.
 * @throws RangeError unless n, c, k are integers with 0 ≤ c ≤ n and 1 ≤ k ≤ n.
 */
export function passHatK(n: number, c: number, k: number): number {
  assertRepeatCounts("passHatK", n, c, k);
  if (c < k) return 0;
  let logAllPass = 0;
  for (let i = 0; i < k; i++) logAllPass += Math.log((c - i) / (n - i));
  return Math.exp(logAllPass);
}
