// Arithmetic mean with compensated summation, so long runs of small values are not lost to rounding.
import { assertFiniteValues } from "./arguments.js";

/** Returns the sum of `values` using Neumaier's compensated summation. @internal */
export function compensatedSum(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return sum + compensation;
}

/**
 * Returns the arithmetic mean of `values`, or NaN when there are none (check the length first when
 * formatting). Uses compensated summation.
 * @throws RangeError when a value is not finite.
 */
export function mean(values: readonly number[]): number {
  assertFiniteValues("mean", "values", values);
  if (values.length === 0) return Number.NaN;
  return compensatedSum(values) / values.length;
}
