// A one-call description of a list of measurements (latencies, token rates, scores).
import { assertFiniteValues } from "./arguments.js";
import { compensatedSum } from "./mean.js";
import { percentileOfSorted, sortAscending } from "./percentile.js";

/** Count, centre and spread of a list of numbers; every field but `n` is NaN when `n` is 0. */
export interface Summary {
  n: number;
  mean: number;
  /** Type 7 50th percentile. */
  median: number;
  /** Type 7 95th percentile (see `percentile`). */
  p95: number;
  min: number;
  max: number;
}

/**
 * Returns the count, mean, median, 95th percentile (type 7), minimum and maximum of `values`,
 * sorting one copy. With no values, `n` is 0 and the other fields are NaN.
 * @throws RangeError when a value is not finite.
 */
export function summarize(values: readonly number[]): Summary {
  assertFiniteValues("summarize", "values", values);
  const n = values.length;
  if (n === 0) {
    return { n: 0, mean: Number.NaN, median: Number.NaN, p95: Number.NaN, min: Number.NaN, max: Number.NaN };
  }
  const sorted = sortAscending(values);
  return {
    n,
    mean: compensatedSum(sorted) / n,
    median: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    min: sorted[0]!,
    max: sorted[n - 1]!,
  };
}
