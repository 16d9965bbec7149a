// Public surface of @benchloop/http-harness-kit: what every harness talking to a model server over
// HTTP shares (recorded exchanges, idle deadlines, typed failures, transcripts), and the pieces of the
// OpenAI-compatible chat API. Test helpers are in `@benchloop/http-harness-kit/testing`.

export type { BaseUrlFieldOptions } from "./config-fields.js";
export { baseUrlField, requestTimeoutField } from "./config-fields.js";
export * from "./exchange-facts.js";
export type {
  ExchangePurpose,
  ExchangeRunner,
  ExchangeRunnerOptions,
} from "./exchange-runner.js";
export { createExchangeRunner, TRANSCRIPT_ARTIFACT } from "./exchange-runner.js";
export type { HttpExchange, HttpExchangeOptions, StreamFormat } from "./http-exchange.js";
export { createHttpExchange } from "./http-exchange.js";
export type { HttpFailureContext, ServerDescription } from "./http-failure.js";
export { toHttpFailure } from "./http-failure.js";
export type { IdleDeadline } from "./idle-deadline.js";
export { createIdleDeadline } from "./idle-deadline.js";
export type { EmptyAnswerWording } from "./item-evidence.js";
export { attachDetails, emptyAnswerFailure, errorMessage } from "./item-evidence.js";
export { findErrorCode, REFUSED_CODES, RESET_CODES, TIMEOUT_CODES } from "./network-error.js";
export { toOpenAiBaseUrl } from "./openai/base-url.js";
export { toChatBody, toSamplingFields } from "./openai/chat-body.js";
export type { ChatGenerationOptions, ChatToolRequest, StreamedCompletion } from "./openai/chat-completion.js";
export { generateChatCompletion, streamChatCompletion } from "./openai/chat-completion.js";
export type {
  CompletionCollector,
  CompletionOutcome,
  CompletionUsage,
  LlamaCppTimings,
} from "./openai/completion-collector.js";
export { createCompletionCollector } from "./openai/completion-collector.js";
export { readModelList } from "./openai/model-list.js";
export type { CompletionGenerationInput } from "./openai/to-generation.js";
export { toCompletionGeneration } from "./openai/to-generation.js";
export type { SseEvent, SseParser } from "./sse-parser.js";
export { createSseParser } from "./sse-parser.js";
export type { AnswerCollector, StreamedAnswer } from "./streamed-answer.js";
export { createAnswerCollector, estimateReasoningTokens } from "./streamed-answer.js";
