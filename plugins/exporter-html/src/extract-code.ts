// The code of an answer, as the drill-down shows it: the fenced blocks joined, with `<think>` sections
// removed; undefined when the answer has no fence (then the answer itself is the code, or prose).

const THINK = /<think>[\s\S]*?<\/think>/gi;
const FENCE = /```[^\n`]*\n([\s\S]*?)```/g;

/** Extracts fenced code from an answer. */
export function extractCode(answer: string): string | undefined {
  const text = answer.replace(THINK, "");
  const blocks = [...text.matchAll(FENCE)].map((m) => m[1]!.trimEnd());
  return blocks.length > 0 ? blocks.join("\n\n") : undefined;
}
