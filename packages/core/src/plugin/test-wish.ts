// The optional hint a test source's `load` gets (`TestSourceLoadInput.wanted`): which tests the
// command wants, so a source can skip reading the rest; and what a plan checks to know the hint
// narrowed nothing away (else it loads again without one, so unknown names get their suggestions).
import type { TestWish } from "./contracts.js";

/**
 * True when the test with this id and suite is wanted: no wish, or its id and suite pass each list
 * the wish gives. For a test source deciding what to read.
 */
export function isTestWanted(wanted: TestWish | undefined, id: string, suite: string): boolean {
  if (!wanted) return true;
  return (!wanted.tests || wanted.tests.includes(id)) && (!wanted.suites || wanted.suites.includes(suite));
}

/** True when the tests delivered hold every test id and suite the wish names. */
export function wishFulfilled(wanted: TestWish, tests: readonly { id: string; suite: string }[]): boolean {
  const ids = new Set(tests.map((test) => test.id));
  const suites = new Set(tests.map((test) => test.suite));
  return (wanted.tests ?? []).every((id) => ids.has(id)) && (wanted.suites ?? []).every((s) => suites.has(s));
}
