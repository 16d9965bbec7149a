// Which items a suite name in a policy selects: `all`, `live`, `legacy`, a named group from the policy's
// `suites`, or an item suite as recorded in the run (`coding`, `live`, `legacy`, a prompt pack's suite).
import type { ItemResult } from "@benchloop/core";

/** The suite legacy ingestion (`@benchloop/source-legacy`) gives its tests. */
export const LEGACY_SUITE = "legacy";

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
 * ingestion (prompt packs, coding tests, imported runs); any other name takes the items of that exact
 * suite (the shipped prompt packs have one suite per role: `low_latency`, `balanced`, `high_reasoning`).
 */
export function createSuiteSelector(groups: Readonly<Record<string, readonly string[]>>): SuiteSelector {
  const sets = new Map(Object.entries(groups).map(([name, suites]) => [name, new Set(suites)]));
  const matches = (item: ItemResult, suite: string): boolean => {
    if (suite === "all") return true;
    const group = sets.get(suite);
    if (group) return group.has(toItemSuite(item));
    if (suite === LEGACY_SUITE) return toItemSuite(item) === LEGACY_SUITE;
    if (suite === "live") return !matches(item, LEGACY_SUITE) && !isLegacyFamily(toItemSuite(item));
    return toItemSuite(item) === suite;
  };
  return matches;
}
