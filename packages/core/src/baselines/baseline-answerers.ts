// Built-in answerers that call no model: what a suite must not reward. An empty answer, a refusal, the
// prompt echoed back, every keyword the test's checks name stuffed into one answer, and a heuristic
// extractor that lifts names, numbers and quoted words out of the prompt the way a 40-line script would.
import type { PassType } from "../config/config-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import { grepCallersAnswer, grepMutationAnswer } from "./grep-answers.js";

/** One answerer that calls no model. */
export interface BaselineAnswerer {
  /** Short id shown as a column: `empty`, `refusal`, `echo`, `keywords`, `heuristic`. */
  id: string;
  /** What it answers, in a few words. */
  description: string;
  answer(test: BenchTest, passType: PassType): string;
}

/** Keys of a test's `data` whose strings are the words its checks look for. */
const KEYWORD_KEYS = new Set([
  "values",
  "keys",
  "required",
  "enum",
  "const",
  "keywords",
  "identifiers",
  "terms",
  "required_substrings",
  "required_json_keys",
  "choices",
  "options",
]);
/** Keys whose content is the answer itself (a reference, a known answer): never read by a baseline. */
const ANSWER_KEYS = new Set(["reference", "bad", "good", "knownAnswers", "answer", "truth", "expected"]);

function collectKeywords(value: unknown, under: boolean, into: Set<string>): void {
  if (typeof value === "string") {
    if (under && value.length <= 80) into.add(value);
    return;
  }
  if (typeof value === "number" && under) {
    into.add(String(value));
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectKeywords(item, under, into);
    return;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (ANSWER_KEYS.has(key)) continue;
      collectKeywords(inner, under || KEYWORD_KEYS.has(key), into);
      // JSON-schema property names are keywords too.
      if (key === "properties" && typeof inner === "object" && inner !== null)
        for (const name of Object.keys(inner)) into.add(name);
    }
  }
}

/** The words a test's checks name (substrings, JSON keys, enum values …), never its reference answer. */
export function keywordsOf(test: BenchTest): string[] {
  const found = new Set<string>();
  collectKeywords(test.data, false, found);
  return [...found];
}

const STOP_WORDS = new Set(
  "a an and are as at be by for from has in is it its of on or that the this to was were will with which what when where who why how you your return only answer write give each one line".split(
    " ",
  ),
);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9_]+/g) ?? []).filter((w) => !STOP_WORDS.has(w));
}

const CHOICE_LINE = /^\s*\(?([A-Ha-h])[).:]\s+(.+)$/;

/** Lettered or numbered choices (`A) …`, `(b) …`, `C. …`) in a prompt, in order. */
function choicesOf(prompt: string): { label: string; text: string }[] {
  const choices: { label: string; text: string }[] = [];
  for (const line of prompt.split("\n")) {
    const match = CHOICE_LINE.exec(line);
    if (match) choices.push({ label: match[1] as string, text: match[2] as string });
  }
  return choices.length >= 2 ? choices : [];
}

/** Names a script finds in the prompt's code: imports, definitions, exports, backticked and quoted words. */
function namesOf(prompt: string): string[] {
  const names = new Set<string>();
  const patterns = [
    /^\s*(?:from\s+([\w.]+)\s+)?import\s+([\w.*{}, ]+)/gm,
    /\b(?:def|function|class|interface|type|const|let|var|fn|func)\s+([A-Za-z_$][\w$]*)/g,
    /`([^`\n]{1,60})`/g,
    /"([^"\n]{1,40})"/g,
    /'([^'\n]{1,40})'/g,
  ];
  for (const pattern of patterns) {
    for (const match of prompt.matchAll(pattern)) {
      for (const group of match.slice(1)) {
        if (!group) continue;
        for (const part of group.split(/[{},\s]+/)) if (part && part !== "*") names.add(part);
      }
    }
  }
  return [...names];
}

/** The text of the prompt's fenced blocks (the code a task is about). */
function codeOf(prompt: string): string {
  return [...prompt.matchAll(/(`{3,})[^\n]*\n([\s\S]*?)\n\1/g)].map((m) => m[2]).join("\n");
}

/** Module specifiers a regex finds: import/from/require/use/#include lines. */
function importsOf(code: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s+["']([^"']+)["']/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*from\s+([\w.]+)\s+import\b/gm,
    /^\s*import\s+([\w.]+)(?:\s+as\s+\w+)?\s*$/gm,
    /^\s*#include\s*[<"]([^>"]+)[>"]/gm,
    /^\s*use\s+([\w:]+)/gm,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[1] as string);
  return [...found];
}

/** Names a regex finds declared at the start of a line (exported ones first when marked). */
function declaredNamesOf(code: string): string[] {
  const found = new Set<string>();
  const exported =
    /^\s*export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
  for (const m of code.matchAll(exported)) found.add(m[1] as string);
  const top =
    /^(?:pub\s+)?(?:async\s+)?(?:def|class|fn|func|function|struct|enum|trait)\s+([A-Za-z_][\w]*)/gm;
  for (const m of code.matchAll(top)) if (!(m[1] as string).startsWith("_")) found.add(m[1] as string);
  return [...found];
}

/** The identifiers used most often in the code, like a word-count script would rank them. */
function frequentIdentifiersOf(code: string, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const word of code.match(/[A-Za-z_][A-Za-z0-9_]{3,}/g) ?? []) {
    if (STOP_WORDS.has(word.toLowerCase())) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([word]) => word);
}

/** The 40-line script of issue 17: file tasks answered by regexes and word counts. */
function fileTaskAnswer(prompt: string): string | undefined {
  const code = codeOf(prompt);
  if (code === "") return undefined;
  const understanding = grepCallersAnswer(prompt) ?? grepMutationAnswer(prompt);
  if (understanding !== undefined) return understanding;
  if (/\b(exported|public)\b[^\n]*\bsymbols\b/i.test(prompt))
    return JSON.stringify({ symbols: declaredNamesOf(code) });
  if (/\bmodules\b[^\n]*\bimports?\b|\bimports?\b[^\n]*\bmodules\b/i.test(prompt))
    return JSON.stringify({ modules: importsOf(code) });
  if (/\bsummar(y|ise|ize)\b/i.test(prompt)) {
    return JSON.stringify({
      summary:
        "This file renders the billing invoices as PDF files, validates every input it receives and reports errors to the caller in a consistent way.",
      entities: frequentIdentifiersOf(code, 8),
      risks: ["Error paths are not covered by tests."],
      action_items: ["Add tests for the error paths."],
    });
  }
  return undefined;
}

function heuristicAnswer(prompt: string): string {
  const fileTask = fileTaskAnswer(prompt);
  if (fileTask !== undefined) return fileTask;
  const choices = choicesOf(prompt);
  if (choices.length > 0) {
    const context = new Set(
      words(
        prompt
          .split("\n")
          .filter((line) => !CHOICE_LINE.test(line))
          .join(" "),
      ),
    );
    let best = choices[0] as { label: string; text: string };
    let bestOverlap = -1;
    for (const choice of choices) {
      const overlap = words(choice.text).filter((w) => context.has(w)).length;
      if (overlap > bestOverlap) {
        best = choice;
        bestOverlap = overlap;
      }
    }
    return best.label.toUpperCase();
  }
  const names = namesOf(prompt);
  if (/\bjson\b/i.test(prompt)) {
    const keys = names.filter((n) => /^[a-z_][a-z0-9_]*$/.test(n)).slice(0, 12);
    const object: Record<string, unknown> = {};
    for (const key of keys) object[key] = names.filter((n) => n !== key).slice(0, 8);
    if (keys.length === 0) object.answer = names.slice(0, 8);
    return JSON.stringify(object);
  }
  if (/\b(number|how many|count)\b/i.test(prompt)) {
    const number = /\b\d+(?:\.\d+)?\b/.exec(prompt);
    if (number) return number[0];
  }
  const firstSentence = /[^.!?\n]+[.!?]/.exec(prompt)?.[0]?.trim() ?? "";
  return [firstSentence, ...names.map((n) => `- ${n}`)].join("\n").trim();
}

/** The built-in baselines, in the order reports show them. */
export const BASELINE_ANSWERERS: readonly BaselineAnswerer[] = [
  { id: "empty", description: "an empty answer", answer: () => "" },
  {
    id: "refusal",
    description: "a polite refusal",
    answer: () => "I'm sorry, but I can't help with that request.",
  },
  { id: "echo", description: "the prompt echoed back", answer: (test, passType) => test.prompts[passType] },
  {
    id: "keywords",
    description: "every keyword the test's checks name, stuffed into one answer",
    answer: (test) => {
      const keywords = keywordsOf(test);
      if (keywords.length === 0) return "";
      const object = Object.fromEntries(keywords.map((k) => [k, keywords.join(" ")]));
      return `${keywords.join(" ")}\n${JSON.stringify(object)}`;
    },
  },
  {
    id: "heuristic",
    description: "names, numbers and quoted words lifted from the prompt by regular expressions",
    answer: (test, passType) => heuristicAnswer(test.prompts[passType]),
  },
];
