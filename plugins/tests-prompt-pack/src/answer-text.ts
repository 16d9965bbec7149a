// Measures of an answer's text that rubric checks share: thinking removed, non-empty lines, words.

const THINK_BLOCK = /<think>[\s\S]*?<\/think>/gi;
const UNCLOSED_THINK = /<think>[\s\S]*$/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/**
 * Removes `<think>…</think>` blocks (and an unclosed `<think>` running to the end) that some models
 * leave in the answer text; the rubric checks the answer, not the reasoning.
 */
export function stripThinking(text: string): string {
  return text.replace(THINK_BLOCK, "").replace(UNCLOSED_THINK, "").trim();
}

/** The lines that hold anything but whitespace, trimmed of trailing whitespace. */
export function nonEmptyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
}

/** Words: runs of letters and digits (apostrophes, hyphens and underscores inside a word allowed). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
