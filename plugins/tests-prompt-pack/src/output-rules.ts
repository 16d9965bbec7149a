// The informed prompt: the blind prompt plus the exact output rules its checks enforce, so an
// informed pass measures ability to follow a stated format, a blind pass the model's own judgement.
import { canonicalJson } from "@benchloop/core";
import type { RubricCheck } from "./rubric-check.js";

function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(", ");
}

function rangeText(range: { exact?: number; min?: number; max?: number }, unit: [string, string]): string {
  const of = (n: number) => `${n} ${n === 1 ? unit[0] : unit[1]}`;
  if (range.exact !== undefined) return `Exactly ${of(range.exact)}.`;
  if (range.min !== undefined && range.max !== undefined) return `Between ${range.min} and ${of(range.max)}.`;
  return range.min !== undefined ? `At least ${of(range.min)}.` : `At most ${of(range.max ?? 0)}.`;
}

function substringQualifiers(check: { wholeWord: boolean; caseSensitive: boolean }): string {
  const parts = [
    check.wholeWord ? "as whole words" : "",
    check.caseSensitive ? "with this exact letter case" : "",
  ];
  const text = parts.filter(Boolean).join(", ");
  return text ? ` (${text})` : "";
}

/** The output rule a check states in the informed prompt, or undefined when it states none. */
function toOutputRule(check: RubricCheck): string | undefined {
  if (check.rule === false) return undefined;
  if (check.rule !== undefined) return check.rule;
  switch (check.kind) {
    case "non-empty":
      return undefined;
    case "json": {
      const keys = check.keys.length > 0 ? ` with the keys ${check.keys.join(", ")}` : "";
      return check.strict
        ? `Return only a JSON object${keys}: no code fence and no text before or after it.`
        : `Return a JSON object${keys}.`;
    }
    case "json-schema":
      return `Return ${check.strict ? "only " : ""}JSON that matches this JSON Schema: ${canonicalJson(check.schema)}${check.strict ? " (no code fence, no other text)" : ""}.`;
    case "contains":
      if (check.any) return `Use at least one of: ${quoteList(check.values)}${substringQualifiers(check)}.`;
      return `Use ${check.values.length === 1 ? "the term" : "each of the terms"} ${quoteList(check.values)}${substringQualifiers(check)}.`;
    case "not-contains":
      return `Do not write ${quoteList(check.values)}${substringQualifiers(check)}.`;
    case "regex":
      return `The answer must ${check.negate ? "not " : ""}match the regular expression /${check.pattern}/${check.flags}.`;
    case "line-count":
      return rangeText(check, ["non-empty line", "non-empty lines"]);
    case "word-count":
      return rangeText(check, ["word", "words"]);
    case "code":
      return check.language
        ? `Answer with ${check.language} code in a fenced code block.`
        : "Answer with code in a fenced code block.";
    case "regex-table":
      return "Give the regular expression as a JavaScript literal /…/ (flags after it) on a line of its own.";
    case "command":
      return `Return only the ${check.program} command, on one line, without a code fence, pipes or redirections.`;
    case "order":
      // Stating the steps would give the answer away; the prompt asks for the order.
      return undefined;
    case "sql":
      return "Return one SQLite query (a ```sql fenced block, or only the query).";
    case "program":
      return `Return one ${check.language} module in a fenced code block that exports ${check.exports.map((e) => `\`${e}\``).join(", ")}.`;
  }
}

/** The informed prompt: the prompt followed by the checks' output rules (the prompt alone when none). */
export function toInformedPrompt(prompt: string, checks: readonly RubricCheck[]): string {
  const rules = [...new Set(checks.map(toOutputRule).filter((rule): rule is string => rule !== undefined))];
  if (rules.length === 0) return prompt;
  return `${prompt.trimEnd()}\n\nOutput rules (the answer is checked against each):\n${rules.map((r) => `- ${r}`).join("\n")}`;
}
