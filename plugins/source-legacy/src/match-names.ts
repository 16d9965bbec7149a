// Compares the names an answer lists with the expected set: each listed name is normalised (quotes,
// backticks, declaration keywords, call parentheses and descriptions removed), then matched exactly.
import type { ExpectedName } from "./file-facts.js";

const DECLARATION_WORDS =
  /^(?:export|default|declare|async|function|class|interface|type|const|let|var|enum|namespace|def|pub|fn|struct|trait|func|module|static|public|abstract|final|object|record)\s+/;
const SYMBOL = /^[A-Za-z_$][\w$]*(?:::[A-Za-z_$][\w$]*)*[?!=]?/;

/** A listed symbol name as the file would spell it. */
export function normalizeSymbol(listed: string): string {
  let text = listed.trim();
  const ticked = /`([^`]+)`/.exec(text);
  if (ticked) text = ticked[1]!.trim();
  text = text.replace(/^["']+|["']+$/g, "");
  if (/^(?:default\s+export|export\s+default)$/i.test(text)) return "default";
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(DECLARATION_WORDS, "");
  }
  return SYMBOL.exec(text)?.[0] ?? text;
}

/** A listed module name as the file would spell it. */
export function normalizeModule(listed: string): string {
  let text = listed.trim();
  const ticked = /`([^`]+)`/.exec(text);
  if (ticked) text = ticked[1]!.trim();
  text = text.replace(/^(?:import|from|use|require|include|#include)\s+/, "");
  const first = text.split(/\s+/)[0] ?? "";
  return first.replace(/^["'<(]+|["'>),;:]+$/g, "");
}

/** How a listed set compares with the expected one. */
export interface SetMatch {
  precision: number;
  recall: number;
  f1: number;
  /** Distinct listed names after normalising. */
  listed: string[];
  /** Listed names that are not expected. */
  unexpected: string[];
  /** Expected names not listed (by their main spelling). */
  missing: string[];
}

/**
 * Precision, recall and F1 of distinct listed names against the expected set. A listed name counts for
 * every expected entry it spells (main name or alias): naming a default export by its function's name
 * also covers that function when it is exported under its own name too.
 */
export function matchNames(listed: readonly string[], expected: readonly ExpectedName[]): SetMatch {
  const distinct = [...new Set(listed.filter((name) => name !== ""))];
  const owners = new Map<string, number[]>();
  expected.forEach((entry, index) => {
    for (const spelling of new Set([entry.name, ...(entry.aliases ?? [])])) {
      owners.set(spelling, [...(owners.get(spelling) ?? []), index]);
    }
  });
  const found = new Set<number>();
  const unexpected: string[] = [];
  for (const name of distinct) {
    const indexes = owners.get(name);
    if (!indexes) unexpected.push(name);
    else for (const index of indexes) found.add(index);
  }
  const precision = distinct.length === 0 ? 0 : (distinct.length - unexpected.length) / distinct.length;
  const recall = expected.length === 0 ? 0 : found.size / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const missing = expected.filter((_, index) => !found.has(index)).map((entry) => entry.name);
  return { precision, recall, f1, listed: distinct, unexpected, missing };
}
