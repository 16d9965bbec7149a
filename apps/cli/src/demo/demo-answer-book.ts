// The answer book the demo gives ollama-sim: for every built-in coding test and pass type, the
// reference solution (what sim/oracle answers) and a mutant (what sim/sloppy answers).
import type { AnswerBookEntry } from "@benchloop/ollama-sim";

function fenced(code: string): string {
  return `\`\`\`typescript\n${code.trimEnd()}\n\`\`\``;
}

/** Builds answer book entries from the coding catalog (reference → oracle, first mutant → sloppy). */
export async function loadDemoAnswerBook(_cwd: string): Promise<AnswerBookEntry[]> {
  const { loadCatalog } = await import("@benchloop/tests-coding");
  const entries: AnswerBookEntry[] = [];
  for (const test of await loadCatalog()) {
    const mutant = test.mutants[0];
    for (const prompt of [test.prompts.blind, test.prompts.informed]) {
      entries.push({
        prompt,
        answer: `Here is the module.\n\n${fenced(test.reference)}\n`,
        flawedAnswer: mutant ? `Here is the module.\n\n${fenced(mutant.source)}\n` : undefined,
        thinking: `The task is "${test.title}". It must export ${test.exports.join(", ")}. I will write the module and check the edge cases the prompt names before answering.`,
      });
    }
  }
  return entries;
}
