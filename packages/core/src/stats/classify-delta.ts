// Verdict on a difference between run A and run B: improved, regressed, or within the noise that
// repeating the same run would produce.
import { countPassFlips, mcnemarExact } from "./mcnemar.js";

/** Verdict of `classifyDelta`. */
export type DeltaVerdict = "improved" | "regressed" | "within noise";

/** Pass/fail of the same items in run A and run B, one outcome per matched item, in the same order. */
export interface PassDeltaInput {
  a: readonly boolean[];
  b: readonly boolean[];
  /** Significance level of McNemar's exact test; default 0.05. */
  alpha?: number;
}

/** An interval for B − A of a score (for example from `pairedBootstrapDelta`). */
export interface ScoreDeltaInput {
  interval: { lower: number; upper: number };
  /** Whether a larger score is better (judge score, check rate); false for latency. Default true. */
  higherIsBetter?: boolean;
}

/** Input of `classifyDelta`: paired pass outcomes, or an interval for a score delta. */
export type ClassifyDeltaInput = PassDeltaInput | ScoreDeltaInput;

/**
 * Classifies the change from run A to run B.
 *
 * - Pass outcomes (`{ a, b, alpha }`): `"improved"` when McNemar's exact p-value on the flipped items
 *   is below `alpha` (default 0.05) and more items went fail→pass than pass→fail; `"regressed"` when p
 *   is below `alpha` and more went pass→fail; otherwise `"within noise"`.
 * - Score delta (`{ interval, higherIsBetter }`): `"improved"` when the whole interval lies on the
 *   better side of 0 (above it when higher is better), `"regressed"` when it lies wholly on the worse
 *   side, `"within noise"` when it contains 0 or is NaN (no items).
 * @throws RangeError when `a` and `b` differ in length or alpha is not strictly between 0 and 1.
 */
export function classifyDelta(input: ClassifyDeltaInput): DeltaVerdict {
  if ("interval" in input) {
    const { lower, upper } = input.interval;
    const higherIsBetter = input.higherIsBetter ?? true;
    if (lower > 0) return higherIsBetter ? "improved" : "regressed";
    if (upper < 0) return higherIsBetter ? "regressed" : "improved";
    return "within noise";
  }
  const alpha = input.alpha ?? 0.05;
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(
      `classifyDelta: alpha must be between 0 and 1 exclusive (0.05 is usual); got ${alpha}.`,
    );
  }
  const { passToFail, failToPass } = countPassFlips(input.a, input.b);
  if (mcnemarExact(passToFail, failToPass) >= alpha) return "within noise";
  return failToPass > passToFail ? "improved" : "regressed";
}
