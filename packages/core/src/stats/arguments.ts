// Argument checks shared by the statistics functions. They throw RangeError: a bad argument here is a
// bug in the calling code, not something a user can fix at a terminal.

/** Throws unless `value` is an integer in `[min, max]`. @internal */
export function assertIntegerInRange(
  fn: string,
  name: string,
  value: number,
  min: number,
  max: number,
): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${fn}: ${name} must be an integer from ${min} to ${max}; got ${value}.`);
  }
}

/** Throws unless `confidence` lies strictly between 0 and 1 (0.95 means a 95% interval). @internal */
export function assertConfidence(fn: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(
      `${fn}: confidence must be between 0 and 1 exclusive (0.95 for a 95% interval); got ${confidence}.`,
    );
  }
}

/** Throws unless every value is a finite number, naming the first offending index. @internal */
export function assertFiniteValues(fn: string, name: string, values: ArrayLike<number>): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isFinite(value)) {
      throw new RangeError(
        `${fn}: ${name}[${i}] is ${value}; every value must be a finite number. Drop missing values before calling.`,
      );
    }
  }
}
