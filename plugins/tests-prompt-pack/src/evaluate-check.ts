// Evaluates one rubric check against an answer (thinking already removed) and records each result
// with what it expected and what it found. contains/not-contains give one result per value.
import type { Check } from "@benchloop/core";
import { countWords, nonEmptyLines } from "./answer-text.js";
import { findFencedBlocks, isCodeLikeLine, normaliseLanguage } from "./code-blocks.js";
import { extractJson } from "./extract-json.js";
import { validateJsonSchema } from "./json-schema-subset.js";
import type { RubricCheck } from "./rubric-check.js";
import { evaluateSubstanceCheck } from "./substance-checks.js";

type CheckOf<K extends RubricCheck["kind"]> = Extract<RubricCheck, { kind: K }>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regular expression finding `value` with the check's case and word-boundary options. */
function substringPattern(value: string, options: { wholeWord: boolean; caseSensitive: boolean }): RegExp {
  let source = escapeRegExp(value);
  if (options.wholeWord) {
    // Boundaries only where the value itself starts or ends with a word character ("C++" still works).
    if (/^[\p{L}\p{N}_]/u.test(value)) source = `(?<![\\p{L}\\p{N}_])${source}`;
    if (/[\p{L}\p{N}_]$/u.test(value)) source = `${source}(?![\\p{L}\\p{N}_])`;
  }
  return new RegExp(source, options.caseSensitive ? "u" : "iu");
}

function describeSubstring(value: string, check: CheckOf<"contains" | "not-contains">): string {
  const options = [check.wholeWord ? "whole word" : "", check.caseSensitive ? "case-sensitive" : ""].filter(
    Boolean,
  );
  return options.length > 0 ? `"${value}" (${options.join(", ")})` : `"${value}"`;
}

function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

function describeRange(range: { exact?: number; min?: number; max?: number }): string {
  if (range.exact !== undefined) return `= ${range.exact}`;
  if (range.min !== undefined && range.max !== undefined) return `${range.min}..${range.max}`;
  return range.min !== undefined ? `≥ ${range.min}` : `≤ ${range.max}`;
}

function inRange(n: number, range: { exact?: number; min?: number; max?: number }): boolean {
  if (range.exact !== undefined && n !== range.exact) return false;
  if (range.min !== undefined && n < range.min) return false;
  return range.max === undefined || n <= range.max;
}

function result(
  check: RubricCheck,
  fallbackName: string,
  passed: boolean,
  expected: unknown,
  actual: unknown,
  error?: string,
): Check {
  const out: Check = { name: check.name ?? fallbackName, passed, weight: check.weight, expected, actual };
  if (error !== undefined) out.error = error;
  return out;
}

function checkJson(check: CheckOf<"json">, answer: string): Check {
  const name = check.keys.length > 0 ? `json keys ${check.keys.join(", ")}` : "json object";
  const expected = { object: true, keys: check.keys, strict: check.strict };
  const found = extractJson(answer, "object");
  if (!found)
    return result(check, name, false, expected, { found: "none" }, "no JSON object found in the answer");
  const keys = Object.keys(found.value as Record<string, unknown>);
  const missing = check.keys.filter((key) => !keys.includes(key));
  const actual = { found: found.location, keys, missing };
  if (check.strict && found.location !== "whole") {
    return result(
      check,
      name,
      false,
      expected,
      actual,
      `the JSON is not the whole answer (found: ${found.location})`,
    );
  }
  if (missing.length > 0)
    return result(check, name, false, expected, actual, `missing keys: ${missing.join(", ")}`);
  return result(check, name, true, expected, actual);
}

function checkJsonSchema(check: CheckOf<"json-schema">, answer: string): Check {
  const name = "json schema";
  const expected = { schema: check.schema, strict: check.strict };
  const wantsObjectOnly = check.schema.type === "object";
  const found = extractJson(answer, wantsObjectOnly ? "object" : "object-or-array");
  if (!found) return result(check, name, false, expected, { found: "none" }, "no JSON found in the answer");
  if (check.strict && found.location !== "whole") {
    return result(
      check,
      name,
      false,
      expected,
      { found: found.location },
      `the JSON is not the whole answer (found: ${found.location})`,
    );
  }
  const errors = validateJsonSchema(found.value, check.schema);
  const actual = { found: found.location, errors: errors.slice(0, 10) };
  return errors.length === 0
    ? result(check, name, true, expected, actual)
    : result(
        check,
        name,
        false,
        expected,
        actual,
        `${errors.length} schema error${errors.length === 1 ? "" : "s"}: ${errors[0]}`,
      );
}

function checkContains(check: CheckOf<"contains">, answer: string): Check[] {
  const hits = check.values.map((value) => ({ value, match: substringPattern(value, check).exec(answer) }));
  if (check.any) {
    const hit = hits.find((h) => h.match);
    const name = `contains any of ${check.values.map((v) => `"${v}"`).join(", ")}`;
    const expected = { anyOf: check.values, wholeWord: check.wholeWord, caseSensitive: check.caseSensitive };
    return [
      hit?.match
        ? result(check, name, true, expected, { found: hit.value, at: hit.match.index })
        : result(check, name, false, expected, { found: null }, "none of the values occurs in the answer"),
    ];
  }
  return hits.map(({ value, match }) => {
    const name = `contains ${describeSubstring(value, check)}`;
    const expected = { value, wholeWord: check.wholeWord, caseSensitive: check.caseSensitive };
    return match
      ? result(check, name, true, expected, { found: true, at: match.index })
      : result(check, name, false, expected, { found: false }, `"${value}" does not occur in the answer`);
  });
}

function checkNotContains(check: CheckOf<"not-contains">, answer: string): Check[] {
  return check.values.map((value) => {
    const match = substringPattern(value, check).exec(answer);
    const name = `not-contains ${describeSubstring(value, check)}`;
    const expected = { absent: value, wholeWord: check.wholeWord, caseSensitive: check.caseSensitive };
    return match
      ? result(
          check,
          name,
          false,
          expected,
          {
            found: true,
            at: match.index,
            text: clip(answer.slice(Math.max(0, match.index - 20), match.index + 40)),
          },
          `"${value}" occurs in the answer`,
        )
      : result(check, name, true, expected, { found: false });
  });
}

function checkRegex(check: CheckOf<"regex">, answer: string): Check {
  const literal = `/${check.pattern}/${check.flags}`;
  const name = check.negate ? `not matching ${literal}` : `matches ${literal}`;
  const expected = { pattern: check.pattern, flags: check.flags, negate: check.negate };
  const match = new RegExp(check.pattern, check.flags).exec(answer);
  const actual = match ? { match: clip(match[0]) } : { match: null };
  const passed = check.negate ? !match : Boolean(match);
  return result(
    check,
    name,
    passed,
    expected,
    actual,
    passed ? undefined : check.negate ? "the answer matches" : "no match",
  );
}

function checkCode(check: CheckOf<"code">, answer: string): Check {
  const name = check.language ? `code (${check.language})` : "code";
  const expected = { code: true, language: check.language };
  const blocks = findFencedBlocks(answer).filter((b) => b.content.trim() !== "");
  const lines = nonEmptyLines(answer);
  const codeLines = lines.filter(isCodeLikeLine).length;
  const actual = { fences: blocks.map((b) => b.language), codeLines, lines: lines.length };
  const wanted = check.language ? normaliseLanguage(check.language) : undefined;
  if (blocks.length > 0) {
    const fits = !wanted || blocks.some((b) => b.language === "" || normaliseLanguage(b.language) === wanted);
    return fits
      ? result(check, name, true, expected, actual)
      : result(check, name, false, expected, actual, `fenced code is not ${check.language}`);
  }
  const bare =
    lines.length > 0 &&
    (lines.length === 1 ? codeLines === 1 : codeLines >= 2 && codeLines * 2 >= lines.length);
  return bare
    ? result(check, name, true, expected, actual)
    : result(
        check,
        name,
        false,
        expected,
        actual,
        "the answer does not look like code (no fenced block, mostly prose lines)",
      );
}

/**
 * Evaluates one check; contains and not-contains give one result per value (unless `any`). The
 * executed kinds (`sql`, `program`) need a runtime: `scoreRubricChecks` evaluates them.
 * @throws Error for an executed kind
 */
export function evaluateCheck(check: RubricCheck, answer: string): Check[] {
  switch (check.kind) {
    case "non-empty": {
      const length = answer.trim().length;
      return [
        result(
          check,
          "non-empty",
          length > 0,
          "a non-empty answer",
          { characters: length },
          length > 0 ? undefined : "the answer is empty",
        ),
      ];
    }
    case "json":
      return [checkJson(check, answer)];
    case "json-schema":
      return [checkJsonSchema(check, answer)];
    case "contains":
      return checkContains(check, answer);
    case "not-contains":
      return checkNotContains(check, answer);
    case "regex":
      return [checkRegex(check, answer)];
    case "line-count": {
      const lines = nonEmptyLines(answer).length;
      const passed = inRange(lines, check);
      return [
        result(
          check,
          `line-count ${describeRange(check)}`,
          passed,
          { nonEmptyLines: describeRange(check) },
          lines,
          passed ? undefined : `${lines} non-empty lines`,
        ),
      ];
    }
    case "word-count": {
      const words = countWords(answer);
      const passed = inRange(words, check);
      return [
        result(
          check,
          `word-count ${describeRange(check)}`,
          passed,
          { words: describeRange(check) },
          words,
          passed ? undefined : `${words} words`,
        ),
      ];
    }
    case "code":
      return [checkCode(check, answer)];
    case "regex-table":
    case "command":
    case "order":
      return evaluateSubstanceCheck(check, answer);
    case "sql":
    case "program":
      throw new Error(`a ${check.kind} check executes the answer; score it with scoreRubricChecks`);
  }
}
