// Turns what went wrong in one exchange with an OpenAI-compatible server into a typed item failure,
// from structured facts: the abort signal, the idle deadline, the HTTP status and error code, the
// in-stream error, the system error code. The API key never appears (facts are redacted at the source).
import { itemFailure } from "@benchloop/core";
import { findErrorCode, REFUSED_CODES, RESET_CODES, TIMEOUT_CODES } from "./network-error.js";
import type { ExchangeFacts } from "./openai-exchange.js";

/** Where a failure happened, for the message and the classification. */
export interface OpenAiFailureContext {
  facts: ExchangeFacts;
  /** The caller's signal (item deadline or Ctrl-C). */
  signal: AbortSignal;
  baseUrl: string;
  model?: string;
  /** What benchloop was doing, e.g. "generation", "model listing". */
  operation: string;
  toolsSent?: boolean;
  idleTimeoutMs: number;
  /** The environment variable the key is read from, for 401/403 hints. */
  apiKeyEnv: string;
  /** Redacts the key from any text taken from the error. */
  redact(text: string): string;
}

/**
 * Classifies an error thrown while talking to the server. Returns the error to throw: an `itemFailure`
 * with type, message and retryable flag, an AbortError when the caller aborted, or the original error
 * (with the key redacted from its message) when nothing is known.
 */
export function toOpenAiFailure(error: unknown, context: OpenAiFailureContext): Error {
  const { facts, baseUrl } = context;
  const subject = context.model ? `${context.operation} of ${context.model}` : context.operation;
  const where = `The server at ${baseUrl}${facts.lastRequest ? ` (${facts.lastRequest})` : ""}`;

  if (context.signal.aborted) {
    const reason: unknown = context.signal.reason;
    if (reason instanceof Error && reason.name === "TimeoutError") {
      // The item's own deadline: like the kernel, do not retry what ran out of time once.
      return itemFailure({
        type: "timeout",
        message: `${subject} did not finish in time: ${reason.message}.`,
        retryable: false,
      });
    }
    const aborted = new Error(`${subject} was aborted`, { cause: reason });
    aborted.name = "AbortError";
    return aborted;
  }

  if (facts.idleTimedOut) {
    return itemFailure({
      type: "timeout",
      message: `${where} sent nothing for ${context.idleTimeoutMs} ms during the ${subject}. If the model is slow to start, raise harnesses.openai.requestTimeoutMs.`,
      retryable: true,
    });
  }

  if (facts.status !== undefined && facts.status >= 400)
    return toHttpFailure(facts.status, context, where, subject);

  if (facts.streamError !== undefined) {
    return itemFailure({
      type: "stream_error",
      message: `${where} reported an error in the middle of the ${subject}: ${facts.streamError}`,
      retryable: true,
    });
  }

  if (facts.malformedText !== undefined) {
    return itemFailure({
      type: "invalid_response",
      message: `${where} sent something that is not JSON during the ${subject}: ${JSON.stringify(facts.malformedText)}. Check that harnesses.openai.baseUrl points at an OpenAI-compatible API (usually ending in /v1).`,
      retryable: false,
    });
  }

  const code = findErrorCode(error);
  if (code && REFUSED_CODES.has(code)) {
    return itemFailure({
      type: "connection_refused",
      message: `Nothing is answering at ${baseUrl} (${code}) for the ${subject}. Start the server, or set harnesses.openai.baseUrl or OPENAI_BASE_URL to where it runs.`,
      retryable: true,
    });
  }
  if (code && RESET_CODES.has(code)) {
    return itemFailure({
      type: "connection_reset",
      message: `${where} closed the connection during the ${subject} (${code}); retrying may help.`,
      retryable: true,
    });
  }
  if (code && TIMEOUT_CODES.has(code)) {
    return itemFailure({
      type: "timeout",
      message: `${where} did not answer in time during the ${subject} (${code}).`,
      retryable: true,
    });
  }
  if (facts.streamEnded && !facts.sawDone) {
    return itemFailure({
      type: "connection_reset",
      message: `${where} ended the stream of the ${subject} before it finished; retrying may help.`,
      retryable: true,
    });
  }
  if (error instanceof Error) {
    const redacted = context.redact(error.message);
    if (redacted !== error.message) return new Error(redacted);
    return error;
  }
  return new Error(context.redact(String(error)));
}

function toHttpFailure(status: number, context: OpenAiFailureContext, where: string, subject: string): Error {
  const { facts } = context;
  const said = facts.errorText ? `: ${facts.errorText}` : "";
  if ((status === 404 && facts.errorWasJson && context.model) || facts.errorCode === "model_not_found") {
    return itemFailure({
      type: "model_not_found",
      status,
      message: `${where} does not serve model ${context.model ?? ""} (HTTP ${status}${said}). Choose one that GET ${context.baseUrl}/models lists.`,
      retryable: false,
    });
  }
  // Ollama's /v1 (and servers copying it) refuse tools with HTTP 400 and the fixed sentence "… does
  // not support tools", without an error code, so this one case reads the text.
  if (status === 400 && context.toolsSent && /does not support tools/i.test(facts.errorText ?? "")) {
    return itemFailure({
      type: "tools_unsupported",
      status,
      message: `${context.model ?? "The model"} does not support tools (${where} answered HTTP 400${said}). Choose a model that supports tool calls.`,
      retryable: false,
    });
  }
  if (status === 503) {
    return itemFailure({
      type: "server_busy",
      status,
      message: `${where} is busy (HTTP 503${said}). Lower --concurrency or retry later.`,
      retryable: true,
    });
  }
  const retryable = status === 429 || status >= 500;
  const hint =
    status === 401 || status === 403
      ? ` Check the API key in the environment variable ${context.apiKeyEnv} (harnesses.openai.apiKeyEnv).`
      : status === 404
        ? " This does not look like an OpenAI-compatible API; check harnesses.openai.baseUrl (it usually ends in /v1)."
        : retryable
          ? " Retrying may help."
          : "";
  return itemFailure({
    type: "http_status",
    status,
    message: `${where} answered the ${subject} with HTTP ${status}${said}.${hint}`,
    retryable,
  });
}
