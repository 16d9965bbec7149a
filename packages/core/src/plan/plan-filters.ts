// Filters of a plan (--models, --harnesses, --tests, --suite, --pass-types): what the user narrowed
// the matrix to, validated against what exists so a typo is an error naming the valid names.
import { nameUnknown } from "../errors/catalog.js";

/** Names the matrix is narrowed to; an absent or empty list means "no filter". */
export interface PlanFilters {
  models?: readonly string[];
  harnesses?: readonly string[];
  tests?: readonly string[];
  suites?: readonly string[];
  passTypes?: readonly string[];
}

/** The flag each filter comes from, for error messages. */
export const FILTER_FLAGS: Readonly<Record<keyof PlanFilters, string>> = {
  models: "--models",
  harnesses: "--harnesses",
  tests: "--tests",
  suites: "--suite",
  passTypes: "--pass-types",
};

/** Returns the filter list when it names something, else undefined. */
export function activeFilter(values: readonly string[] | undefined): readonly string[] | undefined {
  return values && values.length > 0 ? values : undefined;
}

/**
 * Checks that every name exists.
 * @throws NAME_UNKNOWN naming the unknown names and every valid one
 */
export function assertKnownNames(
  kind: string,
  names: readonly string[],
  valid: Iterable<string>,
  flag?: string,
): void {
  const known = new Set(valid);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) throw nameUnknown(kind, unknown, [...known].sort(), flag);
}
