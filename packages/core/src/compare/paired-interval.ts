// Intervals for a paired difference B − A: the percentile bootstrap from the statistics module for
// ordinary groups, and its normal limit for large ones (above 1,000 pairs the bootstrap distribution of
// a mean of bounded differences is normal to within its own resampling error, and resampling every
// group of a 100,000-item run 2,000 times would take seconds).
import { type DeltaInterval, pairedBootstrapDelta } from "../stats/bootstrap.js";
import { compensatedSum } from "../stats/mean.js";
import { normalQuantile } from "../stats/normal-quantile.js";

/** Pairs above which the normal approximation replaces resampling. */
export const BOOTSTRAP_PAIR_LIMIT = 1_000;

/** A paired difference with its interval and how the interval was found. */
export interface PairedDelta extends DeltaInterval {
  method: "bootstrap" | "normal";
}

/** Options of {@link pairedDeltaInterval}. */
export interface PairedDeltaOptions {
  confidence: number;
  seed: number;
  resamples: number;
}

/** The mean of b[i] − a[i] with a two-sided interval at `confidence`; NaN bounds when there are no pairs. */
export function pairedDeltaInterval(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: PairedDeltaOptions,
): PairedDelta {
  if (a.length <= BOOTSTRAP_PAIR_LIMIT) {
    return { ...pairedBootstrapDelta(a, b, options), method: "bootstrap" };
  }
  const n = a.length;
  const differences = new Float64Array(n);
  for (let i = 0; i < n; i++) differences[i] = b[i]! - a[i]!;
  const delta = compensatedSum(differences) / n;
  let squares = 0;
  for (const d of differences) squares += (d - delta) ** 2;
  const standardError = Math.sqrt(squares / (n - 1) / n);
  const z = normalQuantile(1 - (1 - options.confidence) / 2);
  return { delta, lower: delta - z * standardError, upper: delta + z * standardError, n, method: "normal" };
}
