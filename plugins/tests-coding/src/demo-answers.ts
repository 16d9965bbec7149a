// The offline demo's answers to the coding catalog: the reference solution for sim/oracle, the first
// mutant (which the catalog's checks fail) for sim/sloppy.
import type { DemoAnswer } from "@benchloop/core";
import { loadCatalog } from "./load-catalog.js";

function fenced(code: string, language: string): string {
  return `\`\`\`${language}\n${code.trimEnd()}\n\`\`\``;
}

/** Demo answers to both prompts (blind, informed) of every catalog test. */
export async function demoAnswers(): Promise<DemoAnswer[]> {
  const entries: DemoAnswer[] = [];
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
