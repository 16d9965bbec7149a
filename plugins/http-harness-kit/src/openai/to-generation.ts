// Turns a streamed completion into benchloop's Generation: tokens from `usage` (else llama.cpp's
// `timings`), prompt and decode times from `timings` when the server sends them, truncation flagged.
import type { Generation } from "@benchloop/core";
import { estimateReasoningTokens } from "../streamed-answer.js";
import type { CompletionOutcome } from "./completion-collector.js";

/** Inputs of {@link toCompletionGeneration} besides the outcome. */
export interface CompletionGenerationInput {
  outcome: CompletionOutcome;
  wallMs: number;
  transcript?: string;
  /** The sampling fields sent, recorded as is. */
  sent: Record<string, unknown>;
}

/** Builds the Generation of one item from a streamed chat completion. */
export function toCompletionGeneration(input: CompletionGenerationInput): Generation {
  const { outcome } = input;
  const { usage, timings } = outcome;
  const prompt = count(usage?.prompt_tokens) ?? count(timings?.prompt_n);
  const completion = count(usage?.completion_tokens) ?? count(timings?.predicted_n);
  const reportedReasoning = count(usage?.completion_tokens_details?.reasoning_tokens);
  const estimatedReasoning =
    reportedReasoning === undefined ? estimateReasoningTokens(outcome, completion) : undefined;
  const reasoning = reportedReasoning ?? estimatedReasoning;

  const tokens: Generation["tokens"] = {};
  if (prompt !== undefined) tokens.prompt = prompt;
  if (completion !== undefined) tokens.completion = completion;
  if (reasoning !== undefined) tokens.reasoning = reasoning;

  const timing: Generation["timing"] = { wallMs: input.wallMs };
  if (outcome.ttftMs !== undefined) timing.ttftMs = outcome.ttftMs;
  const promptMs = duration(timings?.prompt_ms);
  const predictedMs = duration(timings?.predicted_ms);
  if (promptMs !== undefined) timing.promptEvalMs = promptMs;
  if (predictedMs !== undefined) timing.evalMs = predictedMs;

  const meta: Record<string, unknown> = { sent: input.sent };
  if (timings) meta.timings = timings;
  if (estimatedReasoning !== undefined) meta.reasoningTokens = "estimated from streamed chunks";

  const generation: Generation = {
    text: outcome.text,
    tokens,
    timing,
    truncated: outcome.finishReason === "length",
    meta,
  };
  if (outcome.finishReason) generation.doneReason = outcome.finishReason;
  if (outcome.thinking) generation.thinking = outcome.thinking;
  if (input.transcript) generation.transcript = input.transcript;
  if (outcome.toolCalls > 0) generation.toolCalls = outcome.toolCalls;
  return generation;
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function duration(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}
