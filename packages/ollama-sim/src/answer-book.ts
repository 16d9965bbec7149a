// The answer book: reference answers (and flawed ones) keyed by prompt, supplied when the simulator
// starts, looked up by the exact trimmed prompt and then by containment.

/** One entry of the answer book. */
export interface AnswerBookEntry {
  /** The prompt text, matched against the last user message (trimmed). */
  prompt: string;
  /** The reference answer (what `sim/oracle` says). */
  answer: string;
  /** A plausible but wrong answer (what `sim/sloppy` says). */
  flawedAnswer?: string;
  /** Reasoning that `sim/thinker` streams as `thinking` before the answer. */
  thinking?: string;
  /** A tool call that tool-using clients receive first; the answer follows the tool result. */
  toolCall?: { name: string; arguments: Record<string, unknown> };
}

/** Looks up answer book entries by prompt. */
export interface AnswerBook {
  find(prompt: string): AnswerBookEntry | undefined;
}

/**
 * Builds an answer book. `find` returns the entry whose trimmed prompt equals the trimmed text, else the
 * entry with the longest prompt contained in the text, else `undefined`.
 */
export function createAnswerBook(entries: readonly AnswerBookEntry[]): AnswerBook {
  const exact = new Map<string, AnswerBookEntry>();
  for (const entry of entries) {
    const key = entry.prompt.trim();
    if (!exact.has(key)) exact.set(key, entry);
  }
  const byLength = [...exact.entries()]
    .filter(([key]) => key !== "")
    .sort((a, b) => b[0].length - a[0].length);
  return {
    find(prompt) {
      const text = prompt.trim();
      const hit = exact.get(text);
      if (hit) return hit;
      if (text === "") return undefined;
      return byLength.find(([key]) => text.includes(key))?.[1];
    },
  };
}
