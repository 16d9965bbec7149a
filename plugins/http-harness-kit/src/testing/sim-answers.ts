// The answer book harness tests start ollama-sim with: a code task with its reference solution and
// thinking, and a prompt whose scripted answer is empty.
import type { GenerateRequest } from "@benchloop/core";

/** The prompt of the code task. */
export const ADD_PROMPT = "Write a TypeScript function add(a, b) that returns the sum of two numbers.";

/** Its reference solution, which `sim/oracle` answers. */
export const ADD_ANSWER =
  "```ts\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n```";

/** Its flawed answer (`sim/sloppy`). */
export const ADD_FLAWED_ANSWER = ADD_ANSWER.replace("a + b", "a - b");

/** The thinking `sim/thinker` streams before answering it. */
export const ADD_THINKING =
  "The user wants a function that adds two numbers. I should type both parameters as number and return their sum.";

/** A prompt the scripted models answer with nothing. */
export const SILENT_PROMPT = "Say nothing at all.";

/** Entries for `startSim({ answers })`. */
export const SIM_ANSWERS = [
  {
    prompt: ADD_PROMPT,
    answer: ADD_ANSWER,
    thinking: ADD_THINKING,
    flawedAnswer: ADD_FLAWED_ANSWER,
  },
  { prompt: SILENT_PROMPT, answer: "" },
];

/** A generate request with the run defaults (temperature 0, seed 42). */
export function requestFor(model: string, fields: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    model,
    prompt: ADD_PROMPT,
    passType: "informed",
    testId: "add",
    sampling: { temperature: 0, seed: 42 },
    ...fields,
  };
}
