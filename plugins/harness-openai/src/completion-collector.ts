// Reads the chunks of a streamed chat completion: answer text and reasoning kept apart (llama.cpp and
// vLLM send `reasoning_content`, Ollama's /v1 `reasoning`), time to the first token of either, tool
// calls, the finish reason, `usage` and llama.cpp's `timings`.
import type { Clock } from "@benchloop/core";

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
export interface CompletionOutcome {
  text: string;
  thinking: string;
  thinkingChunks: number;
  contentChunks: number;
  toolCalls: number;
  finishReason?: string;
  usage?: CompletionUsage;
  timings?: LlamaCppTimings;
  /** Milliseconds from the request to the first reasoning or answer text. */
  ttftMs?: number;
}

/** Collects chunks into an outcome; `startedAt` is the clock's monotonic time of the request. */
export function createCompletionCollector(clock: Clock, startedAt: number) {
  const outcome: CompletionOutcome = {
    text: "",
    thinking: "",
    thinkingChunks: 0,
    contentChunks: 0,
    toolCalls: 0,
  };
  const toolCallKeys = new Set<string>();
  return {
    outcome,
    add(chunk: Record<string, unknown>): void {
      const choices = Array.isArray(chunk.choices) ? (chunk.choices as Record<string, unknown>[]) : [];
      for (const choice of choices) {
        const delta = (choice.delta ?? {}) as Record<string, unknown>;
        const content = typeof delta.content === "string" ? delta.content : "";
        const reasoning =
          typeof delta.reasoning_content === "string"
            ? delta.reasoning_content
            : typeof delta.reasoning === "string"
              ? delta.reasoning
              : "";
        if ((content || reasoning) && outcome.ttftMs === undefined)
          outcome.ttftMs = clock.monotonic() - startedAt;
        if (reasoning) {
          outcome.thinking += reasoning;
          outcome.thinkingChunks += 1;
        }
        if (content) {
          outcome.text += content;
          outcome.contentChunks += 1;
        }
        if (Array.isArray(delta.tool_calls)) {
          for (const call of delta.tool_calls as { index?: unknown; id?: unknown }[]) {
            toolCallKeys.add(String(call.index ?? call.id ?? toolCallKeys.size));
          }
          outcome.toolCalls = toolCallKeys.size;
        }
        if (typeof choice.finish_reason === "string") outcome.finishReason = choice.finish_reason;
      }
      if (typeof chunk.usage === "object" && chunk.usage !== null)
        outcome.usage = chunk.usage as CompletionUsage;
      if (typeof chunk.timings === "object" && chunk.timings !== null)
        outcome.timings = chunk.timings as LlamaCppTimings;
    },
  };
}
