// Holds a test's blind prompt to its spec: every contract the spec checks is stated in plain words or
// marked informed-only in `contracts.json`. Reads TypeScript specs (`it`, `toThrow`, `rejects`) and
// Python specs (`@it`, `to_raise`, `catch`) alike, and finds what the list forgot: throwing checks,
// read-only and no-mutation checks, and names the spec imports that the blind prompt never says.
import type { Contract } from "./contracts.js";

/** One `it` of a spec, found by reading its text: its title and the text up to the next `it`. */
export interface SpecCheckText {
  title: string;
  body: string;
}

const IT_CALL = /\b(?:it|test)\(\s*(["'`])((?:\\.|(?!\1).)*)\1/g;

/** The `it` blocks of a spec (`it(...)`, or `@it(...)` in Python), by title, in order (a static read). */
export function listSpecChecks(spec: string): SpecCheckText[] {
  const calls = [...spec.matchAll(IT_CALL)];
  return calls.map((call, index) => ({
    title: (call[2] as string).replace(/\\(.)/g, "$1"),
    body: spec.slice((call.index ?? 0) + call[0].length, calls[index + 1]?.index ?? spec.length),
  }));
}

/** How a spec language expects a throw: any throwing expectation, and one naming its error class. */
interface ThrowSyntax {
  throwing: RegExp;
  errorClass: RegExp;
}

const THROW_SYNTAX: Record<"typescript" | "python", ThrowSyntax> = {
  typescript: {
    throwing: /\.toThrow(?:Error)?\(|\.rejects\./g,
    errorClass: /\.toThrow(?:Error)?\(\s*([A-Z]\w*Error)\s*\)/g,
  },
  // `catch(...)` returns the raised error for the check to read: a contract (its class, its fields).
  python: {
    throwing: /\.to_raise\(|(?<![\w.])catch\(/g,
    errorClass: /\.to_raise\(\s*([A-Z]\w*)\s*(?:,[^)]*)?\)/g,
  },
};

/**
 * A check of a value's immutability: a read-only attribute, a copy handed out, input left unmodified.
 * Such a check needs a contract, or a blind prompt that says so in one of {@link IMMUTABILITY_WORDS}.
 */
const IMMUTABILITY_CHECK =
  /\b(?:read-only|readonly|immutable|frozen|returns? a (?:new|copy)|(?:does not|doesn't|never) (?:modify|mutate|change)s? (?:its|the|their)\b)/i;
const IMMUTABILITY_WORDS =
  /\b(?:read-only|readonly|immutable|frozen|cop(?:y|ies)|new (?:list|dict|tuple|set|array|object)|(?:not|never)(?: be)? (?:modif|mutat|chang)\w*|unchanged)/;

/** Prompts wrap lines anywhere: text is compared lower-cased, with whitespace runs read as one space. */
function flatten(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

/** Whether `text` (flattened) holds `word` as a whole word, not inside a longer name. */
function saysWord(text: string, word: string): boolean {
  const escaped = flatten(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\w])${escaped}(?![\\w])`).test(text);
}

/**
 * True when every throwing expectation of the check names an error class and the blind prompt names
 * each class — stated in words, or in code the prompt shows (an edit task's module).
 */
function namesItsErrorClasses(body: string, blind: string, syntax: ThrowSyntax): boolean {
  const classes = [...body.matchAll(syntax.errorClass)].map((match) => match[1] as string);
  const throwing = body.match(syntax.throwing) ?? [];
  return (
    classes.length > 0 && classes.length === throwing.length && classes.every((name) => saysWord(blind, name))
  );
}

/** What {@link auditBlindPrompt} needs of a test. */
export interface AuditSubject {
  id: string;
  prompts: { blind: string };
  spec: string;
  contracts: readonly Contract[];
  /** The spec's language (default TypeScript). */
  language?: "typescript" | "python";
  /** Names the spec imports from the answer; the blind prompt must say each (checked when given). */
  exports?: readonly string[];
}

/**
 * The ways a test's blind prompt is unfair to its spec, as sentences (none when it is fair): a stated
 * contract whose words the blind prompt lacks, a contract naming a check the spec does not have, a
 * name the spec imports that the blind prompt never says, a throwing check (`toThrow`, `rejects`,
 * `to_raise`, `catch`) no contract covers — unless it only expects error classes the blind prompt
 * names — and an immutability check no contract covers whose promise the blind prompt never words.
 */
export function auditBlindPrompt(test: AuditSubject): string[] {
  const problems: string[] = [];
  const checks = listSpecChecks(test.spec);
  const titles = new Set(checks.map((check) => check.title));
  const blind = flatten(test.prompts.blind);
  const syntax = THROW_SYNTAX[test.language ?? "typescript"];
  for (const name of test.exports ?? []) {
    if (!saysWord(blind, name)) {
      problems.push(
        `${test.id}: the spec imports "${name}" but the blind prompt never names it; name it in the blind prompt`,
      );
    }
  }
  const covered = new Set<string>();
  for (const contract of test.contracts) {
    for (const name of contract.checks) {
      const title = name.split(" > ").pop() as string;
      if (!titles.has(title))
        problems.push(`${test.id}: contract "${contract.id}" names a check "${name}" the spec does not have`);
      covered.add(title);
    }
    if (contract.blind === "stated") {
      if (contract.words.length === 0) {
        problems.push(
          `${test.id}: contract "${contract.id}" is stated but lists no words to find in the blind prompt`,
        );
      }
      for (const word of contract.words) {
        if (!blind.includes(flatten(word))) {
          problems.push(
            `${test.id}: contract "${contract.id}" is stated but the blind prompt does not say "${word}"`,
          );
        }
      }
    }
  }
  for (const check of checks) {
    if (covered.has(check.title)) continue;
    if (
      new RegExp(syntax.throwing.source).test(check.body) &&
      !namesItsErrorClasses(check.body, blind, syntax)
    ) {
      problems.push(
        `${test.id}: the check "${check.title}" expects a throw but no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only`,
      );
    }
    if (IMMUTABILITY_CHECK.test(check.title) && !IMMUTABILITY_WORDS.test(blind)) {
      problems.push(
        `${test.id}: the check "${check.title}" tests immutability but the blind prompt never says so and no contract in contracts.json covers it; state it in the blind prompt or mark it informed-only`,
      );
    }
  }
  return problems;
}
