// What a harness adds to a failed item: evidence in the typed failure's details (the partial
// generation, the transcript), and the `empty_answer` / `truncated` failure of an answer with no text.
import type { Generation } from "@benchloop/core";
import { itemFailure, readItemFailure } from "@benchloop/core";

/** Adds evidence (partial generation, transcript path) to a typed failure's details for the kernel. */
export function attachDetails(error: unknown, extra: Record<string, unknown>): void {
  const details = (error as { details?: Record<string, unknown> }).details;
  if (readItemFailure(error) && details) Object.assign(details, extra);
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** How {@link emptyAnswerFailure} words its message. */
export interface EmptyAnswerWording {
  model: string;
  /** Where the model ran, e.g. "Ollama at http://127.0.0.1:11434". */
  where: string;
  /** The server's name for the stop reason: "done_reason" or "finish_reason". */
  reasonField: string;
  /** What to raise when the token limit cut the answer off. */
  limitHint: string;
}

/**
 * The failure of a generation without text or tool calls: `truncated` when the token limit cut it
 * off, else `empty_answer`; undefined when the generation has an answer. Not retryable either way.
 */
export function emptyAnswerFailure(generation: Generation, wording: EmptyAnswerWording): Error | undefined {
  if (generation.text.trim() !== "" || generation.toolCalls) return undefined;
  const thought = generation.thinking
    ? ` after ${generation.tokens.reasoning ?? "some"} tokens of thinking`
    : "";
  const failure = generation.truncated
    ? itemFailure({
        type: "truncated",
        message: `${wording.model} hit its token limit (${wording.reasonField} ${generation.doneReason ?? "length"})${thought} before answering. ${wording.limitHint}`,
        retryable: false,
      })
    : itemFailure({
        type: "empty_answer",
        message: `${wording.model} on ${wording.where} gave an empty answer${thought} (${wording.reasonField} ${generation.doneReason ?? "unknown"}).`,
        retryable: false,
      });
  attachDetails(failure, {
    generation,
    ...(generation.transcript ? { transcript: generation.transcript } : {}),
  });
  return failure;
}
