// Turns what went wrong in one exchange with Ollama into a typed item failure, from structured facts:
// the abort signal, the recorder's idle deadline, the HTTP status, the in-stream `{error}`, the system
// error code. Message text is read only where Ollama sends nothing else (see "tools" below).
import { itemFailure } from "@benchloop/core";
import type { ExchangeFacts } from "./exchange-recorder.js";
import { findErrorCode, REFUSED_CODES, RESET_CODES, TIMEOUT_CODES } from "./network-error.js";

/** Where a failure happened, for the message and the classification. */
export interface OllamaFailureContext {
  facts: ExchangeFacts;
  /** The caller's signal (item deadline or Ctrl-C). */
  signal: AbortSignal;
  baseUrl: string;
  model?: string;
  /** What benchloop was doing, e.g. "generation", "warm-up", "listing models". */
  operation: string;
  /** True when the request carried `tools`. */
  toolsSent?: boolean;
  /** The idle deadline, for the timeout message. */
  idleTimeoutMs: number;
}

/**
 * Classifies an error thrown while talking to Ollama. Returns the error to throw: an `itemFailure`
 * (code ITEM_FAILED) with type, message and retryable flag, an AbortError when the caller aborted
 * (the kernel knows whether its own deadline fired), or the original error when nothing is known.
 */
export function toOllamaFailure(error: unknown, context: OllamaFailureContext): Error {
  const { facts, baseUrl, operation } = context;
  const subject = context.model ? `${operation} of ${context.model}` : operation;
  const where = `Ollama at ${baseUrl}${facts.lastRequest ? ` (${facts.lastRequest})` : ""}`;

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
      message: `${where} sent nothing for ${context.idleTimeoutMs} ms during ${subject}. If the model is slow to start, raise harnesses.ollama.requestTimeoutMs.`,
      retryable: true,
    });
  }

  const status = readStatus(error);
  if (status !== undefined) return toHttpFailure(status, context, where, subject);

  if (facts.streamError !== undefined) {
    return itemFailure({
      type: "stream_error",
      message: `${where} reported an error in the middle of the ${subject}: ${facts.streamError}`,
      retryable: true,
    });
  }

  if (facts.malformedText !== undefined || error instanceof SyntaxError) {
    return itemFailure({
      type: "invalid_response",
      message: `${where} sent something that is not JSON during ${subject}: ${JSON.stringify(facts.malformedText ?? "")}. Check that harnesses.ollama.baseUrl points at an Ollama server.`,
      retryable: false,
    });
  }

  const code = findErrorCode(error);
  if (code && REFUSED_CODES.has(code)) {
    return itemFailure({
      type: "connection_refused",
      message: `No Ollama is answering at ${baseUrl} (${code}) for the ${subject}. Start it with \`ollama serve\`, or set harnesses.ollama.baseUrl, --ollama-url or OLLAMA_HOST to where it runs.`,
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
      message: `${where} ended the stream of the ${subject} before its final chunk; retrying may help.`,
      retryable: true,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

function toHttpFailure(status: number, context: OllamaFailureContext, where: string, subject: string): Error {
  const { facts } = context;
  const said = facts.errorText ? `: ${facts.errorText}` : "";
  if (status === 404 && facts.errorWasJson && context.model) {
    return itemFailure({
      type: "model_not_found",
      status,
      message: `${where} does not have model ${context.model} (HTTP 404${said}). Pull it with \`ollama pull ${context.model}\` or choose one that \`ollama list\` shows.`,
      retryable: false,
    });
  }
  // Ollama answers a model without tool support with HTTP 400 and a fixed sentence ("… does not
  // support tools") but no error code, so this one case reads the text.
  if (status === 400 && context.toolsSent && /does not support tools/i.test(facts.errorText ?? "")) {
    return itemFailure({
      type: "tools_unsupported",
      status,
      message: `${context.model ?? "The model"} does not support tools (${where} answered HTTP 400${said}). Choose a model whose capabilities include "tools".`,
      retryable: false,
    });
  }
  if (status === 503) {
    return itemFailure({
      type: "server_busy",
      status,
      message: `${where} is busy (HTTP 503${said}): its request queue is full (OLLAMA_MAX_QUEUE). Lower --concurrency or retry later.`,
      retryable: true,
    });
  }
  const retryable = status === 429 || status >= 500;
  const hint =
    status === 404
      ? " This does not look like Ollama's API; check harnesses.ollama.baseUrl (no /v1 suffix; use the openai harness for /v1)."
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

/** The HTTP status of the ollama client's `ResponseError` (field `status_code`). */
function readStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status = (error as { status_code?: unknown }).status_code;
  return typeof status === "number" ? status : undefined;
}
