// Reads a streamed `/api/chat` answer: answer text and thinking kept apart, the time to the first
// token of either, chunk counts (for the reasoning-token estimate) and the final chunk's statistics.
import type { Clock } from "@benchloop/core";
import type { ChatResponse } from "ollama";

/** What a streamed chat produced. */
export interface ChatOutcome {
  text: string;
  thinking: string;
  /** Chunks that carried thinking / answer text (Ollama streams about one token per chunk). */
  thinkingChunks: number;
  contentChunks: number;
  toolCalls: number;
  /** The chunk with `done: true` and the server's counts and durations. */
  final?: ChatResponse;
  /** Milliseconds from the request to the first thinking or answer text. */
  ttftMs?: number;
}

/** Reads every chunk of a chat stream; `startedAt` is the clock's monotonic time of the request. */
export async function collectChatStream(
  stream: AsyncIterable<ChatResponse>,
  clock: Clock,
  startedAt: number,
): Promise<ChatOutcome> {
  const outcome: ChatOutcome = { text: "", thinking: "", thinkingChunks: 0, contentChunks: 0, toolCalls: 0 };
  for await (const chunk of stream) {
    const { content, thinking, tool_calls: toolCalls } = chunk.message ?? {};
    if ((content || thinking) && outcome.ttftMs === undefined) outcome.ttftMs = clock.monotonic() - startedAt;
    if (thinking) {
      outcome.thinking += thinking;
      outcome.thinkingChunks += 1;
    }
    if (content) {
      outcome.text += content;
      outcome.contentChunks += 1;
    }
    if (toolCalls) outcome.toolCalls += toolCalls.length;
    if (chunk.done) outcome.final = chunk;
  }
  return outcome;
}
