// One item through an OpenAI-compatible `/chat/completions` stream: the body sent, the SSE chunks
// collected, the key redacted from the answer, the transcript written, the Generation built, and an
// answer without text failed as `empty_answer` or `truncated`.
import type { Clock, ConversationTurn, GenerateRequest, Generation, ItemContext } from "@benchloop/core";
import type { ExchangeRunner } from "../exchange-runner.js";
import type { HttpExchange } from "../http-exchange.js";
import { emptyAnswerFailure } from "../item-evidence.js";
import { toChatBody } from "./chat-body.js";
import { type CompletionOutcome, createCompletionCollector } from "./completion-collector.js";
import { toCompletionGeneration } from "./to-generation.js";

/**
 * A request that may carry OpenAI-style tools (a field the contract may gain; sent when present) and,
 * for a follow-up turn, the conversation so far.
 */
export type ChatToolRequest = GenerateRequest & { tools?: unknown[]; history?: readonly ConversationTurn[] };

/** What one streamed completion produced. */
export interface StreamedCompletion {
  outcome: CompletionOutcome;
  wallMs: number;
  /** The body fields sent besides model, messages, tools and stream. */
  sent: Record<string, unknown>;
}

/** Streams one completion through `exchange`; the key is redacted from the answer. */
export async function streamChatCompletion(
  exchange: HttpExchange,
  request: ChatToolRequest,
  clock: Clock,
): Promise<StreamedCompletion> {
  const body = toChatBody(request, request.tools);
  const { model: _model, messages: _messages, tools: _tools, stream: _stream, ...sent } = body;
  const started = clock.monotonic();
  const collector = createCompletionCollector(clock, started);
  await exchange.stream("/chat/completions", body, "sse", collector.add);
  const wallMs = clock.monotonic() - started;
  const outcome = collector.finish();
  // A server (or a prompt injection) may echo the key into the answer: results never keep it.
  outcome.text = exchange.redact(outcome.text);
  outcome.thinking = exchange.redact(outcome.thinking);
  return { outcome, wallMs, sent };
}

/** Options of {@link generateChatCompletion}. */
export interface ChatGenerationOptions {
  runner: ExchangeRunner;
  clock: Clock;
  /** Where the model runs, for the empty-answer message, e.g. "llama-server at http://…". */
  where: string;
}

/** Generates one item: streamed, transcript written, typed failures (empty answers included). */
export async function generateChatCompletion(
  request: ChatToolRequest,
  ctx: ItemContext,
  options: ChatGenerationOptions,
): Promise<Generation> {
  const purpose = {
    operation: "generation",
    model: request.model,
    toolsSent: Boolean(request.tools?.length),
  };
  const { value, transcript } = await options.runner.runItem(ctx, purpose, (exchange) =>
    streamChatCompletion(exchange, request, options.clock),
  );
  const generation = toCompletionGeneration({ ...value, transcript });
  const empty = emptyAnswerFailure(generation, {
    model: request.model,
    where: options.where,
    reasonField: "finish_reason",
    limitHint: "Raise sampling.numPredict.",
  });
  if (empty) throw empty;
  return generation;
}
