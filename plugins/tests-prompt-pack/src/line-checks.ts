// Turns a pack line into its rubric checks: a non-empty check first, then the checks Muninn's keys
// stand for, then the line's explicit checks. Muninn's keyword checks tell the informed prompt
// nothing (a prompt listing the words to use measures nothing) unless the line sets `state_keywords`.
import type { PackLine } from "./pack-line.js";
import type { RubricCheck } from "./rubric-check.js";

/** The checks of a line, defaults applied. */
export function toRubricChecks(line: PackLine): RubricCheck[] {
  const checks: RubricCheck[] = [];
  const explicit = line.checks ?? [];
  if (!explicit.some((check) => check.kind === "non-empty")) checks.push({ kind: "non-empty", weight: 1 });

  if (line.required_json_keys !== undefined || line.output_format === "json") {
    const keys = line.required_json_keys ?? [];
    checks.push({
      kind: "json",
      keys,
      strict: false,
      weight: 1,
      rule: `Return only a JSON object${keys.length > 0 ? ` with the keys ${keys.join(", ")}` : ""}, no other text.`,
    });
  }
  if (line.output_format === "code") checks.push({ kind: "code", weight: 1 });
  if (line.required_substrings !== undefined) {
    checks.push({
      kind: "contains",
      values: line.required_substrings,
      any: false,
      wholeWord: false,
      caseSensitive: false,
      weight: 1,
      ...(line.state_keywords ? {} : { rule: false as const }),
    });
  }
  if (line.forbidden_substrings !== undefined) {
    checks.push({
      kind: "not-contains",
      values: line.forbidden_substrings,
      wholeWord: false,
      caseSensitive: false,
      weight: 1,
      ...(line.state_keywords ? {} : { rule: false as const }),
    });
  }
  if (line.exact_line_count !== undefined)
    checks.push({ kind: "line-count", exact: line.exact_line_count, weight: 1 });
  if (line.min_words !== undefined) checks.push({ kind: "word-count", min: line.min_words, weight: 1 });

  checks.push(...explicit);
  return checks;
}
