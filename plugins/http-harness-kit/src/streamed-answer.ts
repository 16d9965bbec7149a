// Collects the text of a streamed answer: answer text and thinking kept apart, chunk counts (for the
// reasoning-token estimate), tool calls, and the time to the first token of either. Pieces are joined
// once at the end, not concatenated per chunk.
import type { Clock } from "@benchloop/core";

/** What a streamed answer produced. */
export interface StreamedAnswer {
  text: string;
  thinking: string;
  /** Chunks that carried thinking / answer text (local servers stream about one token per chunk). */
  thinkingChunks: number;
  contentChunks: number;
  toolCalls: number;
  /** Milliseconds from the request to the first thinking or answer text. */
  ttftMs?: number;
}

/** Feeds chunks' text in; `finish` returns the answer. */
export interface AnswerCollector {
  /** Adds a chunk's answer text and thinking (either may be empty). */
  add(content: string | undefined, thinking: string | undefined): void;
  /** Counts tool calls. */
  addToolCalls(count: number): void;
  /** The answer so far. */
  finish(): StreamedAnswer;
}

/** Creates a collector; `startedAt` is the clock's monotonic time of the request. */
export function createAnswerCollector(clock: Clock, startedAt: number): AnswerCollector {
  const text: string[] = [];
  const thinking: string[] = [];
  let toolCalls = 0;
  let ttftMs: number | undefined;
  return {
    add(content, thought) {
      if (!content && !thought) return;
      if (ttftMs === undefined) ttftMs = clock.monotonic() - startedAt;
      if (thought) thinking.push(thought);
      if (content) text.push(content);
    },
    addToolCalls(count) {
      toolCalls += count;
    },
    finish() {
      const answer: StreamedAnswer = {
        text: text.join(""),
        thinking: thinking.join(""),
        thinkingChunks: thinking.length,
        contentChunks: text.length,
        toolCalls,
      };
      if (ttftMs !== undefined) answer.ttftMs = ttftMs;
      return answer;
    },
  };
}

/**
 * Estimates reasoning tokens a server does not report: its completion count covers thinking and
 * answer, and it streams about one token per chunk, so the thinking share of the chunks is used.
 */
export function estimateReasoningTokens(
  answer: Pick<StreamedAnswer, "thinkingChunks" | "contentChunks">,
  completionTokens: number | undefined,
): number | undefined {
  if (answer.thinkingChunks === 0) return undefined;
  if (completionTokens === undefined || completionTokens <= 0) return answer.thinkingChunks;
  return Math.round(
    (completionTokens * answer.thinkingChunks) / (answer.thinkingChunks + answer.contentChunks),
  );
}
