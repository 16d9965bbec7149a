// The reference answers of a prompt pack (the shipped `live` pack by default), one per prompt, with the
// checks they pass: what a simulator answers correctly, and a known-good answer to compare others with.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PassType } from "@benchloop/core";
import { type PromptPackTestData, parsePromptPack } from "./parse-prompt-pack.js";
import { LIVE_PACK_URL, packsInvalid } from "./prompt-pack-source.js";
import type { RubricCheck } from "./rubric-check.js";

/** The reference answer of one prompt of a pack. */
export interface PackReference {
  /** Test id, `<pack-id>/<line id>` (`live/ts-slugify`). */
  testId: string;
  title?: string;
  passType: PassType;
  /** The prompt of this pass type, exactly as a model receives it. */
  prompt: string;
  /** The line's `reference`: an answer that passes every check. */
  reference: string;
  /** The rubric checks the test is scored by (`scoreRubric(checks, answer)`). */
  checks: RubricCheck[];
}

/** Options of {@link loadPackReferences}. */
export interface LoadPackReferencesOptions {
  /** A JSONL prompt pack (absolute, or relative to the current folder); default the shipped `live` pack. */
  file?: string;
  signal?: AbortSignal;
}

/**
 * Reads a prompt pack and returns, for every line with a `reference`, one entry per pass type (blind,
 * then informed) in line order. Lines without a reference are left out.
 * @throws DOCUMENT_INVALID listing every problem of the pack when it has bad lines
 */
export async function loadPackReferences(options: LoadPackReferencesOptions = {}): Promise<PackReference[]> {
  const builtin = options.file === undefined;
  const file = builtin ? fileURLToPath(LIVE_PACK_URL) : resolve(options.file as string);
  const text = await readFile(file, { encoding: "utf8", signal: options.signal });
  const pack = builtin
    ? parsePromptPack(text, "live.jsonl (built in)", { packId: "live", suite: "live" })
    : parsePromptPack(text, options.file as string);
  if (pack.issues.length > 0) throw packsInvalid(pack.issues);

  const references: PackReference[] = [];
  for (const test of pack.tests) {
    const data = test.data as PromptPackTestData;
    if (data.reference === undefined) continue;
    for (const passType of ["blind", "informed"] as const) {
      references.push({
        testId: test.id,
        title: test.title,
        passType,
        prompt: test.prompts[passType],
        reference: data.reference,
        checks: data.checks,
      });
    }
  }
  return references;
}
