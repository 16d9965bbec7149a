// Finds the JSON a model meant to return: the whole answer, a fenced block, or the first balanced
// `{…}` / `[…]` in prose that parses. Models wrap JSON in fences and sentences; checks still read it.
import { findFencedBlocks } from "./code-blocks.js";

/** Where the JSON was found: the whole answer, the answer's only fenced block, a fence among prose, or inside prose. */
export type JsonLocation = "whole" | "fence-only" | "fence" | "embedded";

/** JSON found in an answer. */
export interface ExtractedJson {
  value: unknown;
  location: JsonLocation;
}

/** Which JSON values count: objects only, or objects and arrays. */
export type JsonShape = "object" | "object-or-array";

// An answer of many stray braces could make the scan quadratic; beyond this many candidates we stop.
const MAX_CANDIDATES = 200;

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fits(value: unknown, shape: JsonShape): boolean {
  return shape === "object" ? isJsonObject(value) : typeof value === "object" && value !== null;
}

/** The end index (exclusive) of the balanced bracket run starting at `start`, or -1. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth += 1;
    else if (char === "}" || char === "]") {
      depth -= 1;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

function firstEmbedded(text: string, shape: JsonShape): unknown {
  let candidates = 0;
  for (let i = 0; i < text.length && candidates < MAX_CANDIDATES; i += 1) {
    const char = text[i];
    if (char !== "{" && !(char === "[" && shape === "object-or-array")) continue;
    candidates += 1;
    const end = balancedEnd(text, i);
    if (end < 0) continue;
    const parsed = tryParse(text.slice(i, end));
    if (parsed.ok && fits(parsed.value, shape)) return parsed.value;
  }
  return undefined;
}

/**
 * Extracts JSON from an answer: the whole trimmed answer if it parses, else fenced blocks (those tagged
 * `json` first), else the first balanced `{…}` (or `[…]`) that parses. Undefined when there is none.
 */
export function extractJson(answer: string, shape: JsonShape = "object"): ExtractedJson | undefined {
  const trimmed = answer.trim();
  const whole = tryParse(trimmed);
  if (whole.ok && fits(whole.value, shape)) return { value: whole.value, location: "whole" };

  const blocks = findFencedBlocks(trimmed);
  const ordered = [
    ...blocks.filter((b) => b.language === "json"),
    ...blocks.filter((b) => b.language !== "json"),
  ];
  const lineCount = trimmed.split(/\r?\n/).length;
  for (const block of ordered) {
    const parsed = tryParse(block.content.trim());
    if (parsed.ok && fits(parsed.value, shape)) {
      const only = blocks.length === 1 && block.startLine === 0 && block.endLine === lineCount - 1;
      return { value: parsed.value, location: only ? "fence-only" : "fence" };
    }
  }
  for (const block of ordered) {
    const value = firstEmbedded(block.content, shape);
    if (value !== undefined) return { value, location: "fence" };
  }
  const value = firstEmbedded(trimmed, shape);
  return value === undefined ? undefined : { value, location: "embedded" };
}
