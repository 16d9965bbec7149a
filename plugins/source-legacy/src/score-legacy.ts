// Scores an answer to a legacy case against the ground truth in the test's data. Checks carry a score
// in [0, 1] (`actual.score`); the value is their weighted mean and the answer passes at 0.7.
import type { PassType, Score } from "@benchloop/core";
import { LEGACY_ID, type LegacyCaseData, SUMMARY_BOUNDS } from "./case-data.js";
import { isCodeShaped, SUMMARY_KEYS } from "./distinctive-identifiers.js";
import { matchNames, normalizeModule, normalizeSymbol } from "./match-names.js";
import { answerText, isJsonObject, readAnswerJson, readListedNames } from "./read-answer.js";
import { scoreCallers, scoreMutation } from "./score-understanding.js";
import { jsonCheck, PASS_THRESHOLD, type ScoredCheck, scored } from "./scored-check.js";

/** The legacy scorer's version; bump it whenever a check can judge the same answer differently. */
export const LEGACY_SCORER_VERSION = "1";

export { PASS_THRESHOLD };

/** Kinds whose answer is right or wrong (every check must pass). */
const EXACT_KINDS = new Set<LegacyCaseData["kind"]>(["purpose", "predict", "mutation"]);

/** Distinct code-shaped names a summary may mention per distinctive identifier before coverage shrinks. */
const FOCUS_PER_IDENTIFIER = 4;

function scoreList(
  data: Extract<LegacyCaseData, { kind: "structure" | "dependencies" }>,
  passType: PassType,
  answer: string,
): ScoredCheck[] {
  const key = data.kind === "structure" ? "symbols" : "modules";
  const expected = data.kind === "structure" ? data.symbols : data.modules;
  const normalize = data.kind === "structure" ? normalizeSymbol : normalizeModule;
  const match = matchNames(readListedNames(answer, key).map(normalize), expected);
  const names = expected.map((e) => e.name);
  return [
    // Only the informed prompt asks for JSON; the blind one is judged on its content alone.
    jsonCheck([key], answer, passType === "informed" ? 1 : 0),
    scored(
      "precision",
      match.precision,
      0,
      PASS_THRESHOLD,
      { of: "listed names that are expected" },
      {
        listed: match.listed.length,
        unexpected: match.unexpected.slice(0, 20),
      },
      `${match.unexpected.length} listed names are not ${key === "symbols" ? "exported" : "imported"}`,
    ),
    scored(
      "recall",
      match.recall,
      0,
      PASS_THRESHOLD,
      { names },
      { missing: match.missing.slice(0, 20) },
      `${match.missing.length} of ${names.length} expected names are missing`,
    ),
    scored(
      "f1",
      match.f1,
      4,
      PASS_THRESHOLD,
      { of: "precision and recall" },
      {
        precision: Math.round(match.precision * 10_000) / 10_000,
        recall: Math.round(match.recall * 10_000) / 10_000,
      },
      "too few expected names, or too many unexpected ones",
    ),
  ];
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isJsonObject(value)) return Object.values(value).flatMap(strings);
  return [];
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}_][\p{L}\p{N}_'’.-]*/gu) ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function scoreSummary(data: Extract<LegacyCaseData, { kind: "summary" }>, answer: string): ScoredCheck[] {
  const json = readAnswerJson(answer);
  const object = isJsonObject(json) ? json : {};
  const summary = typeof object.summary === "string" ? object.summary : "";
  const lists = SUMMARY_KEYS.slice(1).map((key) => object[key]);

  const filled = [
    summary.trim() !== "",
    ...lists.map((value) => strings(value).some((s) => s.trim() !== "")),
  ];
  const emptyKeys = SUMMARY_KEYS.filter((_, i) => !filled[i]);

  // Only values count: key names never match an identifier.
  const valueText = SUMMARY_KEYS.flatMap((key) => strings(object[key])).join("\n");
  const found = data.identifiers.filter((id) =>
    new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(id)}(?![A-Za-z0-9_])`, "i").test(valueText),
  );
  const codeNames = new Set(words(valueText).filter(isCodeShaped));
  const allowed = FOCUS_PER_IDENTIFIER * data.identifiers.length;
  const focus = codeNames.size <= allowed ? 1 : allowed / codeNames.size;
  const coverage = (found.length / data.identifiers.length) * focus;

  const b = SUMMARY_BOUNDS;
  const summaryWords = words(summary);
  const items = lists.map((value) => (Array.isArray(value) ? value.length : value === undefined ? 0 : 1));
  const longestItem = Math.max(0, ...lists.flatMap(strings).map((s) => words(s).length));
  const chars = answerText(answer).length;
  const lengthOk =
    summaryWords.length >= b.minWords &&
    summaryWords.length <= b.maxWords &&
    items.every((n) => n <= b.maxItems) &&
    longestItem <= b.maxItemWords &&
    chars <= b.maxChars;

  const plainWords = summaryWords.filter((w) => !isCodeShaped(w)).length;
  const proseOk = plainWords >= 8 && summaryWords.length - plainWords <= 0.4 * summaryWords.length;

  return [
    jsonCheck([...SUMMARY_KEYS], answer, 1),
    scored(
      "non-empty values",
      filled.filter(Boolean).length / filled.length,
      1,
      1,
      { keys: SUMMARY_KEYS },
      {
        empty: emptyKeys,
      },
      `empty: ${emptyKeys.join(", ")}`,
    ),
    scored(
      "identifier coverage",
      coverage,
      4,
      0.5,
      { identifiers: data.identifiers },
      {
        found,
        missing: data.identifiers.filter((id) => !found.includes(id)),
        codeNames: codeNames.size,
        focus: Math.round(focus * 10_000) / 10_000,
      },
      focus < 1
        ? `the answer names ${codeNames.size} code names (more than ${allowed}): stuffing lowers coverage`
        : `${found.length} of ${data.identifiers.length} distinctive identifiers named`,
    ),
    scored(
      "length",
      lengthOk ? 1 : 0,
      1,
      1,
      {
        summaryWords: `${b.minWords}..${b.maxWords}`,
        itemsPerList: `≤ ${b.maxItems}`,
        wordsPerItem: `≤ ${b.maxItemWords}`,
        characters: `≤ ${b.maxChars}`,
      },
      { summaryWords: summaryWords.length, itemsPerList: items, longestItem, characters: chars },
      "outside the length bounds",
    ),
    scored(
      "prose summary",
      proseOk ? 1 : 0,
      2,
      1,
      { plainWords: "≥ 8", codeNameShare: "≤ 0.4" },
      {
        plainWords,
        codeNames: summaryWords.length - plainWords,
      },
      "the summary is not sentences (too few plain words or mostly code names)",
    ),
  ];
}

/** The letter an answer picks: the whole answer, an `answer` JSON field, or "the answer is X". */
export function readChoiceLetter(answer: string): string | undefined {
  const text = answerText(answer).trim();
  const bare = /^[*_`([\s]*([A-Da-d])[*_`)\].:\s]*$/.exec(text);
  if (bare) return bare[1]?.toUpperCase();
  const json = readAnswerJson(text);
  if (isJsonObject(json) && typeof json.answer === "string" && /^[A-Da-d]$/.test(json.answer.trim()))
    return json.answer.trim().toUpperCase();
  const said = /\b(?:answer|description)\s+is\s+\(?([A-D])\b/.exec(text);
  return said?.[1];
}

function scorePurpose(data: Extract<LegacyCaseData, { kind: "purpose" }>, answer: string): ScoredCheck[] {
  const picked = readChoiceLetter(answer);
  return [
    scored(
      "picks the file's own description",
      picked === data.answer ? 1 : 0,
      1,
      1,
      data.answer,
      { picked: picked ?? null },
      picked === undefined ? "no single letter A-D found in the answer" : `picked ${picked}`,
    ),
  ];
}

/** The JSON value an answer gives: the whole answer, or its one fenced block; undefined when none parses. */
function readPredictedValue(answer: string): unknown {
  const text = answerText(answer).trim();
  const fenced = /^```[\w-]*\n([\s\S]*?)\n```$/.exec(text);
  const body = (fenced ? (fenced[1] ?? "") : text).trim().replace(/^`|`$/g, "");
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function scorePredict(data: Extract<LegacyCaseData, { kind: "predict" }>, answer: string): ScoredCheck[] {
  const predicted = readPredictedValue(answer);
  const truth: unknown = JSON.parse(data.answer);
  const same = predicted !== undefined && JSON.stringify(predicted) === JSON.stringify(truth);
  return [
    scored(
      `predicts ${data.call}`,
      same ? 1 : 0,
      1,
      1,
      truth,
      { predicted: predicted ?? null },
      predicted === undefined ? "the answer is not a JSON value" : "a different value",
    ),
  ];
}

/**
 * Scores an answer to a legacy case. Structure and dependencies: F1 of the listed names against the
 * true set (precision and recall recorded), plus the JSON shape on the informed pass. Summary: valid
 * JSON with the keys, non-empty values, coverage of the distinctive identifiers (shrunk when the
 * answer names many more code names than asked), length bounds, and a prose summary. Callers: F1 of
 * the listed `file:function` callers (or files) against the compiler's set. Mutation: the edited
 * function and line, both right.
 */
export function scoreLegacyAnswer(data: LegacyCaseData, passType: PassType, answer: string): Score {
  const results =
    data.kind === "callers"
      ? scoreCallers(data, passType, answer)
      : data.kind === "mutation"
        ? scoreMutation(data, answer)
        : data.kind === "predict"
          ? scorePredict(data, answer)
          : data.kind === "purpose"
            ? scorePurpose(data, answer)
            : data.kind === "summary"
              ? scoreSummary(data, answer)
              : scoreList(data, passType, answer);
  const total = results.reduce((sum, r) => sum + (r.check.weight ?? 1), 0);
  const earned = results.reduce((sum, r) => sum + (r.check.weight ?? 1) * r.score, 0);
  const value = total > 0 ? Math.round((earned / total) * 10_000) / 10_000 : 0;
  return {
    scorer: LEGACY_ID,
    scorerVersion: LEGACY_SCORER_VERSION,
    passed: EXACT_KINDS.has(data.kind) ? value === 1 : value >= PASS_THRESHOLD,
    value,
    checks: results.map((r) => r.check),
    details: { kind: data.kind, method: data.method, threshold: PASS_THRESHOLD },
  };
}
