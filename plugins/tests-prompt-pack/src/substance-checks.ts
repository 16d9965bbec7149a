// Checks that decide by what an answer does rather than which words it uses: a regex run against
// accept/reject tables, a shell command judged by the words the shell would run (required arguments,
// forbidden flags, nothing unexplained), and the order of the steps of a plan.
import type { Check } from "@benchloop/core";
import { nonEmptyLines } from "./answer-text.js";
import { findFencedBlocks } from "./code-blocks.js";
import type { RubricCheck } from "./rubric-check.js";
import { parseShellWords } from "./shell-words.js";

type CheckOf<K extends RubricCheck["kind"]> = Extract<RubricCheck, { kind: K }>;

function made(
  check: RubricCheck,
  name: string,
  passed: boolean,
  expected: unknown,
  actual: unknown,
  error?: string,
): Check {
  const out: Check = { name: check.name ?? name, passed, weight: check.weight, expected, actual };
  if (error !== undefined && !passed) out.error = error;
  return out;
}

/** The answer without fences and inline backticks: what a reader would copy. */
function unwrap(answer: string): string {
  const blocks = findFencedBlocks(answer).filter((b) => b.content.trim() !== "");
  const body = blocks.length > 0 ? (blocks[0]?.content ?? "") : answer;
  return body
    .trim()
    .replace(/^`+|`+$/g, "")
    .trim();
}

/** The first regular expression literal of an answer (`/…/flags`), or why none was found. */
export function findRegexLiteral(
  answer: string,
): { ok: true; regex: RegExp } | { ok: false; reason: string } {
  for (const line of unwrap(answer).split("\n")) {
    const text = line
      .trim()
      .replace(/^(const|let|var)\s+\w+\s*=\s*/, "")
      .replace(/;$/, "");
    const match = /^\/(.+)\/([dgimsuvy]*)$/.exec(text);
    if (!match) continue;
    try {
      // g and y make test() stateful; the table asks about each string alone.
      return { ok: true, regex: new RegExp(match[1] as string, (match[2] as string).replace(/[gy]/g, "")) };
    } catch (error) {
      return { ok: false, reason: `the regex does not compile: ${(error as Error).message}` };
    }
  }
  return { ok: false, reason: "no regular expression literal /…/ on a line of its own" };
}

function checkRegexTable(check: CheckOf<"regex-table">, answer: string): Check[] {
  const found = findRegexLiteral(answer);
  const expected = { accept: check.accept, reject: check.reject };
  if (!found.ok)
    return [made(check, "regex against the accept/reject table", false, expected, null, found.reason)];
  const wrongAccepts = check.accept.filter((s) => !found.regex.test(s));
  const wrongRejects = check.reject.filter((s) => found.regex.test(s));
  const half = check.weight / 2;
  const accepts: Check = {
    ...made(
      check,
      `regex matches ${check.accept.length} valid strings`,
      wrongAccepts.length === 0,
      check.accept,
      { regex: String(found.regex), notMatched: wrongAccepts },
      `does not match ${wrongAccepts.map((s) => JSON.stringify(s)).join(", ")}`,
    ),
    weight: half,
  };
  const rejects: Check = {
    ...made(
      check,
      `regex rejects ${check.reject.length} invalid strings`,
      wrongRejects.length === 0,
      check.reject,
      { regex: String(found.regex), matched: wrongRejects },
      `matches ${wrongRejects.map((s) => JSON.stringify(s)).join(", ")}`,
    ),
    weight: half,
  };
  return [
    check.accept.length > 0 ? accepts : undefined,
    check.reject.length > 0 ? rejects : undefined,
  ].filter((c): c is Check => c !== undefined);
}

function checkCommand(check: CheckOf<"command">, answer: string): Check {
  const name = `${check.program} command does what was asked`;
  const expected = { program: check.program, require: check.require, forbid: check.forbid };
  const lines = nonEmptyLines(unwrap(answer)).map((l) => l.trim().replace(/^\$\s+/, ""));
  if (lines.length !== 1)
    return made(
      check,
      name,
      false,
      expected,
      { lines: lines.length },
      `expected one command line, found ${lines.length}`,
    );
  const parsed = parseShellWords(lines[0] as string);
  if (!parsed.ok) return made(check, name, false, expected, lines[0], parsed.reason);
  const words = parsed.words;
  while (words[0]?.text === "sudo") words.shift();
  const actual = words.map((w) => w.text);
  if (words[0]?.text !== check.program)
    return made(
      check,
      name,
      false,
      expected,
      actual,
      `runs \`${words[0]?.text ?? ""}\`, not \`${check.program}\``,
    );
  const glob = words.find((w) => w.unquotedGlob);
  if (glob)
    return made(
      check,
      name,
      false,
      expected,
      actual,
      `the unquoted glob \`${glob.text}\` would be expanded by the shell before ${check.program} sees it`,
    );
  const args = actual.slice(1);
  const forbidden = args.filter(
    (a) => check.forbid.includes(a) || check.forbid.includes(a.split("=")[0] as string),
  );
  if (forbidden.length > 0)
    return made(
      check,
      name,
      false,
      expected,
      actual,
      `uses the forbidden ${forbidden.map((f) => `\`${f}\``).join(", ")}`,
    );
  const used = new Set<number>();
  const findSequence = (sequence: readonly string[], at?: number): number => {
    for (let start = 0; start + sequence.length <= args.length; start++) {
      if (at !== undefined && start !== at - 1) continue;
      if (sequence.every((token, k) => args[start + k] === token && !used.has(start + k))) return start;
    }
    return -1;
  };
  const missing: string[] = [];
  for (const requirement of check.require) {
    const alternatives = Array.isArray(requirement) ? [requirement] : requirement.anyOf;
    const at = Array.isArray(requirement) ? undefined : requirement.at;
    let matched = false;
    for (const sequence of alternatives) {
      const start = findSequence(sequence, at);
      if (start < 0) continue;
      for (let k = 0; k < sequence.length; k++) used.add(start + k);
      matched = true;
      break;
    }
    if (!matched) missing.push(alternatives.map((s) => s.join(" ")).join(" | "));
  }
  if (missing.length > 0)
    return made(check, name, false, expected, actual, `missing ${missing.map((m) => `\`${m}\``).join(", ")}`);
  const unexplained = args.filter((a, i) => !used.has(i) && !check.allow.includes(a));
  if (!check.extra && unexplained.length > 0)
    return made(
      check,
      name,
      false,
      expected,
      actual,
      `also passes ${unexplained.map((u) => `\`${u}\``).join(" ")}, which the task does not ask for`,
    );
  return made(check, name, true, expected, actual);
}

function checkOrder(check: CheckOf<"order">, answer: string): Check {
  const lines = nonEmptyLines(answer);
  const positions = check.steps.map((step) => {
    const pattern = new RegExp(step.pattern, step.flags);
    return lines.findIndex((line) => pattern.test(line));
  });
  const expected = check.steps.map((s) => s.name);
  const actual = Object.fromEntries(
    check.steps.map((s, i) => [s.name, positions[i] === -1 ? null : (positions[i] as number) + 1]),
  );
  const name = `steps in order: ${expected.join(" → ")}`;
  const absent = check.steps.filter((_, i) => positions[i] === -1).map((s) => s.name);
  if (absent.length > 0)
    return made(check, name, false, expected, actual, `no line for ${absent.join(", ")}`);
  for (let i = 1; i < positions.length; i++) {
    if ((positions[i] as number) <= (positions[i - 1] as number)) {
      return made(
        check,
        name,
        false,
        expected,
        actual,
        `"${check.steps[i]?.name}" (line ${(positions[i] as number) + 1}) comes before or with "${check.steps[i - 1]?.name}" (line ${(positions[i - 1] as number) + 1})`,
      );
    }
  }
  return made(check, name, true, expected, actual);
}

/** Evaluates a regex-table, command or order check. */
export function evaluateSubstanceCheck(
  check: CheckOf<"regex-table" | "command" | "order">,
  answer: string,
): Check[] {
  switch (check.kind) {
    case "regex-table":
      return checkRegexTable(check, answer);
    case "command":
      return [checkCommand(check, answer)];
    case "order":
      return [checkOrder(check, answer)];
  }
}
