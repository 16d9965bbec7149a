// Scores answers to the cross-file (`callers`) and injected-mutation (`mutation`) cases.
import type { PassType } from "@benchloop/core";
import type { LegacyCaseData } from "./case-data.js";
import { TOP_LEVEL } from "./function-names.js";
import { matchNames } from "./match-names.js";
import { answerText, isJsonObject, readAnswerJson, readListedNames } from "./read-answer.js";
import { jsonCheck, PASS_THRESHOLD, type ScoredCheck, scored } from "./scored-check.js";

/** A listed caller or file as the truth spells it: no quotes, backticks, `./`, call parentheses. */
export function normalizeLocation(listed: string): string {
  const text = listed
    .trim()
    .replace(/^[`'"]+|[`'"]+$/g, "")
    .replace(/^\.\//, "")
    .trim();
  const colon = text.lastIndexOf(":");
  if (colon < 0) return text;
  const fn = text
    .slice(colon + 1)
    .trim()
    .replace(/\(\s*\)$/, "");
  return `${text.slice(0, colon).trim()}:${/^\(?top[ -]?level\)?$/i.test(fn) ? TOP_LEVEL : fn}`;
}

/** The key of the list an answer to a callers case gives. */
function listKey(question: "callers" | "impact"): string {
  return question === "callers" ? "callers" : "files";
}

/** Callers: F1 of the listed callers (or files) against the checker's set, plus JSON on the informed pass. */
export function scoreCallers(
  data: Extract<LegacyCaseData, { kind: "callers" }>,
  passType: PassType,
  answer: string,
): ScoredCheck[] {
  const key = listKey(data.question);
  const match = matchNames(readListedNames(answer, key).map(normalizeLocation), data.expected);
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  return [
    jsonCheck([key], answer, passType === "informed" ? 1 : 0),
    scored(
      "precision",
      match.precision,
      0,
      PASS_THRESHOLD,
      { of: `listed ${key} that are true` },
      { listed: match.listed.length, unexpected: match.unexpected.slice(0, 20) },
      `${match.unexpected.length} listed ${key} do not call ${data.target}`,
    ),
    scored(
      "recall",
      match.recall,
      0,
      PASS_THRESHOLD,
      { names: data.expected.map((e) => e.name) },
      { missing: match.missing.slice(0, 20) },
      `${match.missing.length} of ${data.expected.length} true ${key} are missing`,
    ),
    scored(
      "f1",
      match.f1,
      4,
      PASS_THRESHOLD,
      { of: "precision and recall" },
      { precision: round(match.precision), recall: round(match.recall) },
      `too few true ${key}, or too many that do not call ${data.target}`,
    ),
  ];
}

/** The function and line an answer names: JSON fields, else a backticked name and "line N". */
export function readMutationAnswer(answer: string): { function?: string; line?: number } {
  const json = readAnswerJson(answer);
  const text = answerText(answer);
  let fn: string | undefined;
  let line: number | undefined;
  if (isJsonObject(json)) {
    if (typeof json.function === "string") fn = json.function;
    if (typeof json.line === "number") line = json.line;
    else if (typeof json.line === "string" && /^\d+$/.test(json.line.trim())) line = Number(json.line);
  }
  fn ??= /`([^`\n]+)`/.exec(text)?.[1];
  if (line === undefined) {
    const said = /\bline\s+(\d+)\b/i.exec(text);
    if (said) line = Number(said[1]);
  }
  const cleaned = fn
    ?.trim()
    .replace(/\(\s*\)$/, "")
    .replace(/^(?:function|def)\s+/, "");
  return { ...(cleaned ? { function: cleaned } : {}), ...(line !== undefined ? { line } : {}) };
}

/** Mutation: the edited function (a method may be named without its class) and the edited line. */
export function scoreMutation(
  data: Extract<LegacyCaseData, { kind: "mutation" }>,
  answer: string,
): ScoredCheck[] {
  const read = readMutationAnswer(answer);
  const truth = data.expected.function;
  const method = truth.includes(".") ? truth.split(".").at(-1) : undefined;
  // A bare method name counts only when no other function of the file ends in it.
  const bareOk =
    method !== undefined &&
    data.functions.filter((f) => f === method || f.endsWith(`.${method}`)).length === 1;
  const rightFunction = read.function === truth || (bareOk && read.function === method);
  return [
    scored(
      "names the changed function",
      rightFunction ? 1 : 0,
      1,
      1,
      truth,
      { named: read.function ?? null },
      read.function === undefined ? "no function named" : `named ${read.function}`,
    ),
    scored(
      "names the edited line",
      read.line === data.expected.line ? 1 : 0,
      1,
      1,
      data.expected.line,
      { line: read.line ?? null },
      read.line === undefined ? "no line number given" : `line ${read.line}`,
    ),
  ];
}
