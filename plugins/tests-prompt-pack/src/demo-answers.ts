// The offline demo's answers to the shipped role packs: each line's reference (its known-good answer)
// for sim/oracle, its first known-bad answer for sim/sloppy.
import type { DemoAnswer } from "@benchloop/core";
import { loadPackReferences } from "./pack-references.js";

/** Demo answers to every prompt of the shipped role packs. */
export async function demoAnswers(): Promise<DemoAnswer[]> {
  return (await loadPackReferences()).map((reference) => ({
    prompt: reference.prompt,
    answer: reference.reference,
    flawedAnswer: reference.bad,
    thinking: `The task is "${reference.title ?? reference.testId}". I will answer in exactly the form the prompt asks for and check the answer against each of its constraints before answering.`,
  }));
}
