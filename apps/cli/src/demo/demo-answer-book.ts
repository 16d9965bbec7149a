// The answer book the demo gives ollama-sim: for every prompt of a demo run (the coding catalog, the
// shipped role packs, the legacy cases of --legacy-roots) what sim/oracle answers (a correct answer) and
// what sim/sloppy answers (a plausible wrong one), and what sim/thinker thinks first.
import type { PassType } from "@benchloop/core";
import type { AnswerBookEntry } from "@benchloop/ollama-sim";
import { legacyFlawedAnswers, legacyOracleAnswer } from "./legacy-answers.js";

function fenced(code: string, language = "typescript"): string {
  return `\`\`\`${language}\n${code.trimEnd()}\n\`\`\``;
}

/** Coding catalog: reference solution → oracle, first mutant → sloppy. */
async function codingEntries(): Promise<AnswerBookEntry[]> {
  const { loadCatalog } = await import("@benchloop/tests-coding");
  const entries: AnswerBookEntry[] = [];
  for (const test of await loadCatalog()) {
    const mutant = test.mutants[0];
    for (const prompt of [test.prompts.blind, test.prompts.informed]) {
      entries.push({
        prompt,
        answer: `Here is the module.\n\n${fenced(test.reference, test.language)}\n`,
        flawedAnswer: mutant ? `Here is the module.\n\n${fenced(mutant.source, test.language)}\n` : undefined,
        thinking: `The task is "${test.title}". It must export ${test.exports.join(", ")}. I will write the module and check the edge cases the prompt names before answering.`,
      });
    }
  }
  return entries;
}

/** Role packs: each line's reference (its known-good answer) → oracle, its first known-bad answer → sloppy. */
async function liveEntries(): Promise<AnswerBookEntry[]> {
  const { loadPackReferences } = await import("@benchloop/tests-prompt-pack");
  return (await loadPackReferences()).map((reference) => ({
    prompt: reference.prompt,
    answer: reference.reference,
    flawedAnswer: reference.bad,
    thinking: `The task is "${reference.title ?? reference.testId}". I will answer in exactly the form the prompt asks for and check the answer against each of its constraints before answering.`,
  }));
}

/**
 * Legacy cases of the roots, built as the `legacy` source builds them for a run (default options):
 * ground truth → oracle, a near miss that the legacy scorer fails → sloppy.
 */
async function legacyEntries(cwd: string, roots: string[]): Promise<AnswerBookEntry[]> {
  const { buildLegacyCases, LegacyCaseDataSchema, scoreLegacyAnswer } = await import(
    "@benchloop/source-legacy"
  );
  const { tests } = await buildLegacyCases({ config: { roots }, cwd });
  const entries: AnswerBookEntry[] = [];
  for (const test of tests) {
    const data = LegacyCaseDataSchema.parse(test.data);
    for (const passType of ["blind", "informed"] satisfies PassType[]) {
      const { nearMiss, fallback } = legacyFlawedAnswers(data, passType);
      entries.push({
        prompt: test.prompts[passType],
        answer: legacyOracleAnswer(data, passType),
        flawedAnswer: scoreLegacyAnswer(data, passType, nearMiss).passed ? fallback : nearMiss,
        thinking: `The task is "${test.title ?? test.id}". I will read the file from top to bottom, note every name the task asks about exactly as it is spelt, and answer in the shape the prompt asks for.`,
      });
    }
  }
  return entries;
}

/**
 * Builds the demo's answer book: the coding catalog, the shipped role packs and, when `legacyRoots` are
 * given (the old project folders of `--legacy-roots`, relative to `cwd`), the legacy cases of those
 * roots as the `legacy` source builds them with its default options.
 * @throws CONFIG_INVALID when a legacy root does not exist or is not a folder
 */
export async function loadDemoAnswerBook(
  cwd: string,
  options: { legacyRoots?: string[] } = {},
): Promise<AnswerBookEntry[]> {
  const roots = options.legacyRoots ?? [];
  return [
    ...(await codingEntries()),
    ...(await liveEntries()),
    ...(roots.length > 0 ? await legacyEntries(cwd, roots) : []),
  ];
}
