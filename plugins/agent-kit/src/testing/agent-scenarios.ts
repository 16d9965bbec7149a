// The answer book agent harness tests start ollama-sim with: a code task (oracle passes, sloppy fails)
// and a file task whose first answer is a tool call writing a file, in the agent's own tool names.
import { ADD_ANSWER, ADD_FLAWED_ANSWER, ADD_PROMPT } from "@benchloop/http-harness-kit/testing";

/** The code task, its reference answer (`sim/oracle`) and its flawed answer (`sim/sloppy`). */
export { ADD_ANSWER, ADD_FLAWED_ANSWER, ADD_PROMPT, failureOf } from "@benchloop/http-harness-kit/testing";

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
