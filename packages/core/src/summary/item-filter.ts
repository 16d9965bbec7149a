// `--filter field=value` selections of items, shared by show, compare and export: fields are ANDed,
// values of one field (comma-separated or repeated) are ORed, `*` matches any run of characters.
import { argumentInvalid } from "../errors/catalog.js";
import type { ItemResult } from "../results/item-result.js";

/** Item fields a filter can test. */
export const ITEM_FILTER_FIELDS = ["model", "harness", "test", "passType", "status", "suite"] as const;

/** An item field a filter can test. */
export type ItemFilterField = (typeof ITEM_FILTER_FIELDS)[number];

/** Accepted values per field; an item matches when every listed field matches one of its values. */
export type ItemFilter = Partial<Record<ItemFilterField, string[]>>;

/**
 * Parses `field=value[,value…]` expressions into a filter.
 * @throws ARGUMENT_INVALID naming the expression, the valid fields and the expected form
 */
export function parseItemFilter(expressions: readonly string[]): ItemFilter {
  const filter: ItemFilter = {};
  for (const expression of expressions) {
    const at = expression.indexOf("=");
    const field = expression.slice(0, at).trim();
    const values = expression
      .slice(at + 1)
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean);
    if (at < 1 || values.length === 0) {
      throw argumentInvalid(
        `--filter ${expression}`,
        "is not of the form field=value",
        "Write e.g. --filter model=qwen3:8b (values may be comma-separated; * matches anything).",
      );
    }
    if (!(ITEM_FILTER_FIELDS as readonly string[]).includes(field)) {
      throw argumentInvalid(
        `--filter ${expression}`,
        `"${field}" is not a field items can be filtered by`,
        `Use one of: ${ITEM_FILTER_FIELDS.join(", ")}.`,
      );
    }
    const key = field as ItemFilterField;
    filter[key] = [...(filter[key] ?? []), ...values];
  }
  return filter;
}

function toMatcher(pattern: string): (value: string) => boolean {
  if (!pattern.includes("*")) return (value) => value === pattern;
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  const regex = new RegExp(`^${source}$`);
  return (value) => regex.test(value);
}

/** Returns a predicate that is true for the items the filter selects (every item for an empty filter). */
export function toItemPredicate(filter: ItemFilter): (item: ItemResult) => boolean {
  const tests = Object.entries(filter).map(([field, patterns]) => {
    const matchers = (patterns ?? []).map(toMatcher);
    return (item: ItemResult) => {
      const value = item[field as ItemFilterField];
      return value !== undefined && matchers.some((match) => match(String(value)));
    };
  });
  return (item) => tests.every((test) => test(item));
}
