// Which items a suite name in a policy selects: `all`, `live`, `legacy`, a named group from the policy's
// `suites`, or an item suite as recorded in the run (`coding`, `live`, `legacy`, a prompt pack's suite).
import type { ItemResult } from "@benchloop/core";

/** The suite legacy ingestion (`@benchloop/source-legacy`) gives its tests. */
export const LEGACY_SUITE = "legacy";

/** The suite name that selects the items of code tests (see {@link collectCodeTests}). */
export const CODE_SUITE = "code";

/** The scorer of code tests: it runs the answer's code against the test's spec. */
const CODE_SCORER = "code";

/**
 * The ids of the code tests in `items`: tests any of whose items was scored by running the answer's
 * code (scorer `code`). Knowing them from any model's item also marks another model's errored item
 * of the same test (which has no score) as a code test.
 */
export function collectCodeTests(items: Iterable<ItemResult>): Set<string> {
  const tests = new Set<string>();
  for (const item of items) if (item.score?.scorer === CODE_SCORER) tests.add(item.test);
  return tests;
}

/** True when an item selected by a suite name. */
export type SuiteSelector = (item: ItemResult, suite: string) => boolean;

/**
 * The suite an item belongs to: its recorded `suite`, else (runs written before items carried one)
 * `legacy` for test ids under `legacy/`, else the empty string (a live item).
 */
export function toItemSuite(item: ItemResult): string {
  if (item.suite) return item.suite;
  return item.test.startsWith(`${LEGACY_SUITE}/`) ? LEGACY_SUITE : "";
}

/** True for the suites legacy ingestion makes: `legacy` and its labelled siblings (`legacy-syntax`). */
function isLegacyFamily(suite: string): boolean {
  return suite === LEGACY_SUITE || suite.startsWith(`${LEGACY_SUITE}-`);
}

/**
 * Creates the selector of a policy's suite names. `all` takes every item; a group in `groups` takes the
 * items whose suite it lists; `legacy` takes suite `legacy`; `live` takes every item not made by legacy
 * ingestion (prompt packs, coding tests, imported runs); `code` takes the items of `codeTests` (whatever
 * their suite); any other name takes the items of that exact suite (the shipped prompt packs have one
 * suite per role: `low_latency`, `balanced`, `high_reasoning`).
 */
export function createSuiteSelector(
  groups: Readonly<Record<string, readonly string[]>>,
  codeTests: ReadonlySet<string> = new Set(),
): SuiteSelector {
  const sets = new Map(Object.entries(groups).map(([name, suites]) => [name, new Set(suites)]));
  const matches = (item: ItemResult, suite: string): boolean => {
    if (suite === "all") return true;
    const group = sets.get(suite);
    if (group) return group.has(toItemSuite(item));
    if (suite === LEGACY_SUITE) return toItemSuite(item) === LEGACY_SUITE;
    if (suite === "live") return !matches(item, LEGACY_SUITE) && !isLegacyFamily(toItemSuite(item));
    if (suite === CODE_SUITE) return codeTests.has(item.test);
    return toItemSuite(item) === suite;
  };
  return matches;
}
