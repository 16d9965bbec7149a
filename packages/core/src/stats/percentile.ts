// Percentiles by linear interpolation between closest ranks (Hyndman and Fan type 7): the default of
// numpy.percentile, R's quantile() and Excel's PERCENTILE.INC.
import { assertFiniteValues } from "./arguments.js";

/** Returns the type 7 percentile `p` (0–100) of values already sorted ascending. @internal */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(rank);
  const lowerValue = sorted[below]!;
  if (below === sorted.length - 1) return lowerValue;
  return lowerValue + (rank - below) * (sorted[below + 1]! - lowerValue);
}

/** Returns a sorted copy of `values` as a Float64Array (numeric order). @internal */
export function sortAscending(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

function assertPercent(fn: string, p: number): void {
  if (!(p >= 0 && p <= 100)) {
    throw new RangeError(`${fn}: p is a percent from 0 to 100 (95 for the 95th percentile); got ${p}.`);
  }
}

/**
 * Returns the `p`-th percentile of `values`, with `p` in percent (0–100, like numpy.percentile, not a
 * 0–1 fraction). Method: type 7, linear interpolation between closest ranks — with the values sorted
 * as x[0] ≤ … ≤ x[n−1] and h = (n − 1)·p/100, the result is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * Matches numpy's and R's defaults. Returns NaN for no values; does not reorder the input.
 * @throws RangeError when p is outside 0–100 or a value is not finite.
 */
export function percentile(values: readonly number[], p: number): number {
  assertPercent("percentile", p);
  assertFiniteValues("percentile", "values", values);
  return percentileOfSorted(sortAscending(values), p);
}

/**
 * Returns the median of `values` (the type 7 50th percentile: the mean of the two middle values when
 * their count is even), or NaN for no values.
 * @throws RangeError when a value is not finite.
 */
export function median(values: ArrayLike<number>): number {
  assertFiniteValues("median", "values", values);
  return percentileOfSorted(sortAscending(values), 50);
}
