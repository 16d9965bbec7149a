// The prompts of the cross-file (`callers`) and injected-mutation (`mutation`) cases.
import { fenceFor, type PromptFile } from "./case-prompts.js";

function block(file: PromptFile): string {
  const fence = fenceFor(file.text);
  return `\`${file.path}\`:\n\n${fence}${file.language}\n${file.text.replace(/\n$/, "")}\n${fence}\n`;
}

/** The blind and informed prompts of a callers case: every file spelling the name, then the question. */
export function buildCallersPrompts(
  files: readonly PromptFile[],
  question: "callers" | "impact",
  name: string,
  definedIn: string,
): { blind: string; informed: string } {
  const callName = name.split(".").at(-1) as string;
  const shown = `Here are the files of one of my old projects that spell \`${callName}\` (no other file of the project does):\n\n${files.map(block).join("\n")}\n`;
  const what = name.includes(".") ? `the method \`${name}\`` : `the function \`${name}\``;
  if (question === "callers") {
    const task = `Which functions call ${what} defined in \`${definedIn}\`? Calls of other functions or methods that happen to have the same name do not count. Name each caller as \`file:function\`, where function is the innermost named function holding the call (\`Class.method\` for a method, \`(top level)\` for code outside every function).`;
    return {
      blind: `${shown}${task}`,
      informed: `${shown}${task}\n\nAnswer with only a JSON object, no prose and no code fence: {"callers": ["path/to/file.ts:functionName"]}`,
    };
  }
  const task = `If the signature of ${what} defined in \`${definedIn}\` changes (say it takes one more required parameter), which files hold calls of it that must then change? Calls of other functions or methods that happen to have the same name do not count.`;
  return {
    blind: `${shown}${task}`,
    informed: `${shown}${task}\n\nAnswer with only a JSON object, no prose and no code fence: {"files": ["path/to/file.ts"]}`,
  };
}

/** The file with its line numbers, as a mutation case shows it. */
export function numberLines(text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  const width = String(lines.length).length;
  return lines.map((line, i) => `${String(i + 1).padStart(width, " ")} | ${line}`).join("\n");
}

/** The blind and informed prompts of a mutation case: the edited file with line numbers, then the question. */
export function buildMutationPrompts(file: PromptFile): { blind: string; informed: string } {
  const numbered = numberLines(file.text);
  const fence = fenceFor(numbered);
  const shown = `Here is the file \`${file.path}\` (${file.language}) from one of my old projects, with line numbers:\n\n${fence}\n${numbered}\n${fence}\n\n`;
  const task =
    "One small edit was made to this file on purpose (a flipped comparison or condition, an off-by-one number, swapped arguments or a dropped negation), and it changes what one of its functions does. Which function's behaviour changed, and on which line is the edit?";
  return {
    blind: `${shown}${task}`,
    informed: `${shown}${task}\n\nAnswer with only a JSON object, no prose and no code fence: {"function": "name (Class.method for a method)", "line": 12}`,
  };
}
