// The reference answers of a prompt pack (the shipped role packs by default), one per prompt, with the
// checks they pass and the pack's known-bad answers: what a simulator answers correctly or sloppily.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PassType } from "@benchloop/core";
import { type PromptPackTestData, parsePromptPack } from "./parse-prompt-pack.js";
import { BUILTIN_PACK_ID, BUILTIN_PACKS, packsInvalid } from "./prompt-pack-source.js";
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
  /** The rubric checks the test is scored by (`scoreRubricChecks(checks, answer, runtime)`). */
  checks: RubricCheck[];
  /** The line's first known-bad answer (`bad`), when it has one. */
  bad?: string;
}

/** Options of {@link loadPackReferences}. */
export interface LoadPackReferencesOptions {
  /** A JSONL prompt pack (absolute, or relative to the current folder); default the shipped role packs. */
  file?: string;
  signal?: AbortSignal;
}

/**
 * Reads a prompt pack (the shipped role packs when no file is given) and returns, for every line with
 * a `reference`, one entry per pass type (blind, then informed) in line order. Lines without a
 * reference are left out.
 * @throws DOCUMENT_INVALID listing every problem of the pack when it has bad lines
 */
export async function loadPackReferences(options: LoadPackReferencesOptions = {}): Promise<PackReference[]> {
  const packs =
    options.file === undefined
      ? await Promise.all(
          BUILTIN_PACKS.map(async (builtin) =>
            parsePromptPack(
              await readFile(fileURLToPath(builtin.url), { encoding: "utf8", signal: options.signal }),
              `${builtin.name} (built in)`,
              { packId: BUILTIN_PACK_ID, suite: builtin.suite },
            ),
          ),
        )
      : [
          parsePromptPack(
            await readFile(resolve(options.file), { encoding: "utf8", signal: options.signal }),
            options.file,
          ),
        ];
  const issues = packs.flatMap((pack) => pack.issues);
  if (issues.length > 0) throw packsInvalid(issues);

  const references: PackReference[] = [];
  for (const test of packs.flatMap((pack) => pack.tests)) {
    const data = test.data as PromptPackTestData;
    if (data.reference === undefined) continue;
    const bad = test.knownAnswers?.find((known) => known.expect === "fail")?.answer;
    for (const passType of ["blind", "informed"] as const) {
      references.push({
        testId: test.id,
        title: test.title,
        passType,
        prompt: test.prompts[passType],
        reference: data.reference,
        checks: data.checks,
        ...(bad === undefined ? {} : { bad }),
      });
    }
  }
  return references;
}
