// Reads the chunks of a streamed chat completion: answer text and reasoning kept apart (llama.cpp and
// vLLM send `reasoning_content`, Ollama's /v1 `reasoning`), time to the first token of either, tool
// calls, the finish reason, `usage` and llama.cpp's `timings`.
import type { Clock } from "@benchloop/core";
import { createAnswerCollector, type StreamedAnswer } from "../streamed-answer.js";

/** llama.cpp's per-request timings (`timings` on the last chunk). */
export interface LlamaCppTimings {
  prompt_n?: number;
  prompt_ms?: number;
  prompt_per_second?: number;
  predicted_n?: number;
  predicted_ms?: number;
  predicted_per_second?: number;
  [field: string]: unknown;
}

/** OpenAI's usage object. */
export interface CompletionUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  completion_tokens_details?: { reasoning_tokens?: number };
}

/** What a streamed completion produced. */
export interface CompletionOutcome extends StreamedAnswer {
  finishReason?: string;
  usage?: CompletionUsage;
  timings?: LlamaCppTimings;
}

/** Collects chunks (`add`) into an outcome (`finish`). */
export interface CompletionCollector {
  add(chunk: Record<string, unknown>): void;
  finish(): CompletionOutcome;
}

type Delta = { content?: unknown; reasoning_content?: unknown; reasoning?: unknown; tool_calls?: unknown };

/** Creates a collector; `startedAt` is the clock's monotonic time of the request. */
export function createCompletionCollector(clock: Clock, startedAt: number): CompletionCollector {
  const answer = createAnswerCollector(clock, startedAt);
  const toolCallKeys = new Set<string>();
  const extra: Omit<CompletionOutcome, keyof StreamedAnswer> = {};
  return {
    add(chunk) {
      const choices = chunk.choices as { delta?: Delta; finish_reason?: unknown }[] | undefined;
      if (Array.isArray(choices)) {
        for (const choice of choices) {
          const delta = choice.delta;
          if (delta) {
            const { content, reasoning_content: reasoningContent, reasoning, tool_calls: calls } = delta;
            answer.add(
              typeof content === "string" ? content : undefined,
              typeof reasoningContent === "string"
                ? reasoningContent
                : typeof reasoning === "string"
                  ? reasoning
                  : undefined,
            );
            if (Array.isArray(calls)) {
              for (const call of calls as { index?: unknown; id?: unknown }[])
                toolCallKeys.add(String(call.index ?? call.id ?? toolCallKeys.size));
            }
          }
          if (typeof choice.finish_reason === "string") extra.finishReason = choice.finish_reason;
        }
      }
      if (typeof chunk.usage === "object" && chunk.usage !== null)
        extra.usage = chunk.usage as CompletionUsage;
      if (typeof chunk.timings === "object" && chunk.timings !== null)
        extra.timings = chunk.timings as LlamaCppTimings;
    },
    finish() {
      answer.addToolCalls(toolCallKeys.size);
      toolCallKeys.clear();
      return { ...answer.finish(), ...extra };
    },
  };
}
