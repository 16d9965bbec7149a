// Turns a streamed chat outcome and the server's statistics into benchloop's Generation: durations in
// nanoseconds become milliseconds, thinking is counted, truncation (answer or prompt) is flagged.
import type { Generation } from "@benchloop/core";
import { estimateReasoningTokens } from "@benchloop/http-harness-kit";
import type { ChatOutcome } from "./chat-stream.js";

/** Inputs of {@link toGeneration} besides the outcome. */
export interface ToGenerationInput {
  outcome: ChatOutcome;
  wallMs: number;
  /** Context size the prompt had to fit (`num_ctx` sent, or the model's own), when known. */
  contextLimit?: number;
  /** Artifact path of the raw exchange. */
  transcript?: string;
  /** What was sent besides the prompt (options, keep_alive, think), recorded as is. */
  sent: Record<string, unknown>;
}

/** Nanoseconds to milliseconds, to the microsecond; undefined for missing or non-positive values. */
export function nsToMs(ns: number | undefined): number | undefined {
  if (typeof ns !== "number" || !Number.isFinite(ns) || ns <= 0) return undefined;
  return Math.round(ns / 1000) / 1000;
}

/** Builds the Generation of one item. */
export function toGeneration(input: ToGenerationInput): Generation {
  const { outcome } = input;
  const final = outcome.final;
  const promptTokens = countOrUndefined(final?.prompt_eval_count);
  const completionTokens = countOrUndefined(final?.eval_count);
  const reasoning = estimateReasoningTokens(outcome, completionTokens);
  const doneReason = final?.done_reason || undefined;
  const promptTruncated =
    input.contextLimit !== undefined && promptTokens !== undefined && promptTokens >= input.contextLimit;

  const generation: Generation = {
    text: outcome.text,
    tokens: { prompt: promptTokens, completion: completionTokens, reasoning },
    timing: {
      wallMs: input.wallMs,
      ttftMs: outcome.ttftMs,
      loadMs: nsToMs(final?.load_duration),
      promptEvalMs: nsToMs(final?.prompt_eval_duration),
      evalMs: nsToMs(final?.eval_duration),
      modelMs: nsToMs(final?.total_duration),
    },
    doneReason,
    truncated: doneReason === "length" || promptTruncated,
    meta: {
      sent: input.sent,
      ...(reasoning !== undefined ? { reasoningTokens: "estimated from streamed chunks" } : {}),
      ...(promptTruncated ? { promptTruncated: true, contextLimit: input.contextLimit } : {}),
    },
  };
  if (outcome.thinking) generation.thinking = outcome.thinking;
  if (input.transcript) generation.transcript = input.transcript;
  if (outcome.toolCalls > 0) generation.toolCalls = outcome.toolCalls;
  return dropUndefined(generation);
}

function countOrUndefined(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** Removes undefined fields (tokens and timing included) so results stay small and stable. */
function dropUndefined(generation: Generation): Generation {
  const clean = <T extends object>(value: T): T =>
    Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
  return clean({ ...generation, tokens: clean(generation.tokens), timing: clean(generation.timing) });
}
