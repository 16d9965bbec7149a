// The answer book agent harness tests start ollama-sim with: a code task (oracle passes, sloppy fails)
// and a file task whose first answer is a tool call writing a file, in the agent's own tool names.
import type { Failure } from "@benchloop/core";
import { readItemFailure } from "@benchloop/core";

/** The code task: the same text every harness gets. */
export const ADD_PROMPT = "Write a TypeScript function add(a, b) that returns the sum of two numbers.";

/** Its reference answer (`sim/oracle`). */
export const ADD_ANSWER =
  "```ts\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n```";

/** Its flawed answer (`sim/sloppy`). */
export const ADD_FLAWED_ANSWER = ADD_ANSWER.replace("a + b", "a - b");

/** The file task: the agent is asked to write a file. */
export const FILE_PROMPT = "Create the file add.ts exporting add(a, b), the sum of two numbers.";

/** The file content the tool call writes. */
export const FILE_CONTENT = "export const add = (a: number, b: number): number => a + b;\n";

/** An answer book entry for a prompt. */
export interface ScenarioEntry {
  prompt: string;
  answer: string;
  flawedAnswer?: string;
  toolCall?: { name: string; arguments: Record<string, unknown> };
}

/** The answer book: the code task, and the file task calling `toolName` with `toolArguments`. */
export function agentAnswerBook(toolName: string, toolArguments: Record<string, unknown>): ScenarioEntry[] {
  return [
    { prompt: ADD_PROMPT, answer: ADD_ANSWER, flawedAnswer: ADD_FLAWED_ANSWER },
    {
      prompt: FILE_PROMPT,
      answer: "I wrote add.ts.",
      toolCall: { name: toolName, arguments: toolArguments },
    },
  ];
}

/** The typed failure a promise rejects with (and its details), or throws when it is not one. */
export async function failureOf(
  promise: Promise<unknown>,
): Promise<Omit<Failure, "stage"> & { details: Record<string, unknown> }> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const failure = readItemFailure(error);
  if (!failure) throw new Error(`expected a typed item failure, got ${String(error)}`);
  return { ...failure, details: (error as { details: Record<string, unknown> }).details };
}
