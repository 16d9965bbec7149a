// Reads the chunks of a streamed `/api/chat` answer: answer text and thinking kept apart, the time to
// the first token of either, chunk counts (for the reasoning-token estimate), tool calls, and the final
// chunk's statistics.
import type { Clock } from "@benchloop/core";
import { createAnswerCollector, type StreamedAnswer } from "@benchloop/http-harness-kit";
import type { ChatResponse } from "ollama";

/** What a streamed chat produced. */
export interface ChatOutcome extends StreamedAnswer {
  /** The chunk with `done: true` and the server's counts and durations. */
  final?: ChatResponse;
}

/** Collects chunks (`add`) into an outcome (`finish`). */
export interface ChatCollector {
  add(chunk: Record<string, unknown>): void;
  finish(): ChatOutcome;
}

/** Creates a collector; `startedAt` is the clock's monotonic time of the request. */
export function createChatCollector(clock: Clock, startedAt: number): ChatCollector {
  const answer = createAnswerCollector(clock, startedAt);
  let final: ChatResponse | undefined;
  return {
    add(chunk) {
      const message = chunk.message as ChatResponse["message"] | undefined;
      if (message) {
        answer.add(message.content, message.thinking);
        if (message.tool_calls) answer.addToolCalls(message.tool_calls.length);
      }
      if (chunk.done === true) final = chunk as unknown as ChatResponse;
    },
    finish() {
      const outcome: ChatOutcome = answer.finish();
      if (final) outcome.final = final;
      return outcome;
    },
  };
}
