// Turns what went wrong in one exchange with a model server into a typed item failure, from structured
// facts: the abort signal, the idle deadline, the HTTP status and error code, the in-stream error, the
// system error code. Each harness supplies only its server's name and its hints.
import { itemFailure } from "@benchloop/core";
import type { ExchangeFacts } from "./exchange-facts.js";
import { findErrorCode, REFUSED_CODES, RESET_CODES, TIMEOUT_CODES } from "./network-error.js";

/** What a harness says about its server in failure messages. */
export interface ServerDescription {
  /** The server's name in messages: "Ollama", "llama-server"; "the server" when it could be any. */
  name: string;
  /** The harness's config section, e.g. "harnesses.ollama" (for `baseUrl` and `requestTimeoutMs`). */
  configSection: string;
  /** What to do when nothing answers, e.g. "Start it with `ollama serve`, or set …". */
  startHint: string;
  /** What to do when an answer is not JSON. */
  notJsonHint: string;
  /** What to do on a 404 that is not the server's own JSON (a wrong path). */
  wrongPathHint: string;
  /** What to do when the model is unknown. */
  modelHint(model: string, baseUrl: string): string;
  /** Added to the `server_busy` message (HTTP 503). */
  busyHint?: string;
  /** Added to HTTP 401 and 403 messages (where the key comes from). */
  authHint?: string;
}

/** Where a failure happened, for the message and the classification. */
export interface HttpFailureContext {
  facts: ExchangeFacts;
  /** The caller's signal (item deadline or Ctrl-C). */
  signal: AbortSignal;
  baseUrl: string;
  model?: string;
  /** What benchloop was doing, e.g. "generation", "warm-up", "model listing". */
  operation: string;
  /** True when the request carried `tools`. */
  toolsSent?: boolean;
  /** The idle deadline, for the timeout message. */
  idleTimeoutMs: number;
  server: ServerDescription;
  /** Redacts the key from any text taken from the error. */
  redact?(text: string): string;
}

/**
 * Classifies an error thrown during an exchange. Returns the error to throw: an `itemFailure` (code
 * ITEM_FAILED) with type, message and retryable flag, an AbortError when the caller aborted (the kernel
 * knows whether its own deadline fired), or the original error (redacted) when nothing is known.
 */
export function toHttpFailure(error: unknown, context: HttpFailureContext): Error {
  const { facts, baseUrl, server } = context;
  const subject = context.model ? `${context.operation} of ${context.model}` : context.operation;
  const where = `${capitalise(server.name)} at ${baseUrl}${facts.lastRequest ? ` (${facts.lastRequest})` : ""}`;
  const fail = (type: string, message: string, retryable: boolean) =>
    itemFailure({ type, message, retryable });

  if (context.signal.aborted) {
    const reason: unknown = context.signal.reason;
    // The item's own deadline: like the kernel, do not retry what ran out of time once.
    if (reason instanceof Error && reason.name === "TimeoutError")
      return fail("timeout", `${subject} did not finish in time: ${reason.message}.`, false);
    const aborted = new Error(`${subject} was aborted`, { cause: reason });
    aborted.name = "AbortError";
    return aborted;
  }
  if (facts.idleTimedOut) {
    const raise = `If the model is slow to start, raise ${server.configSection}.requestTimeoutMs.`;
    return fail(
      "timeout",
      `${where} sent nothing for ${context.idleTimeoutMs} ms during the ${subject}. ${raise}`,
      true,
    );
  }
  if (facts.status !== undefined && facts.status >= 400)
    return statusFailure(facts.status, context, where, subject);
  if (facts.streamError !== undefined)
    return fail(
      "stream_error",
      `${where} reported an error in the middle of the ${subject}: ${facts.streamError}`,
      true,
    );
  if (facts.malformedText !== undefined || error instanceof SyntaxError) {
    const text = JSON.stringify(facts.malformedText ?? "");
    return fail(
      "invalid_response",
      `${where} sent something that is not JSON during the ${subject}: ${text}. ${server.notJsonHint}`,
      false,
    );
  }

  const code = findErrorCode(error);
  if (code && REFUSED_CODES.has(code))
    return fail(
      "connection_refused",
      `No ${server.name} is answering at ${baseUrl} (${code}) for the ${subject}. ${server.startHint}`,
      true,
    );
  if (code && RESET_CODES.has(code))
    return fail(
      "connection_reset",
      `${where} closed the connection during the ${subject} (${code}); retrying may help.`,
      true,
    );
  if (code && TIMEOUT_CODES.has(code))
    return fail("timeout", `${where} did not answer in time during the ${subject} (${code}).`, true);
  if (facts.streamEnded && !facts.sawDone)
    return fail(
      "connection_reset",
      `${where} ended the stream of the ${subject} before it finished; retrying may help.`,
      true,
    );

  const redact = context.redact ?? ((text: string) => text);
  if (!(error instanceof Error)) return new Error(redact(String(error)));
  const redacted = redact(error.message);
  return redacted === error.message ? error : new Error(redacted);
}

function statusFailure(status: number, context: HttpFailureContext, where: string, subject: string): Error {
  const { facts, server } = context;
  const said = facts.errorText ? `: ${facts.errorText}` : "";
  const fail = (type: string, message: string, retryable: boolean) =>
    itemFailure({ type, status, message, retryable });
  if ((status === 404 && facts.errorWasJson && context.model) || facts.errorCode === "model_not_found") {
    const model = context.model ?? "";
    return fail(
      "model_not_found",
      `${where} does not have model ${model} (HTTP ${status}${said}). ${server.modelHint(model, context.baseUrl)}`,
      false,
    );
  }
  // Ollama (and servers copying it) refuse tools with HTTP 400 and the fixed sentence "… does not
  // support tools", without an error code, so this one case reads the text.
  if (status === 400 && context.toolsSent && /does not support tools/i.test(facts.errorText ?? "")) {
    const model = context.model ?? "The model";
    return fail(
      "tools_unsupported",
      `${model} does not support tools (${where} answered HTTP 400${said}). Choose a model that supports tool calls.`,
      false,
    );
  }
  if (status === 503) {
    const hint = server.busyHint ? ` ${server.busyHint}` : "";
    return fail(
      "server_busy",
      `${where} is busy (HTTP 503${said}).${hint} Lower --concurrency or retry later.`,
      true,
    );
  }
  const retryable = status === 429 || status >= 500;
  const hint =
    (status === 401 || status === 403) && server.authHint
      ? ` ${server.authHint}`
      : status === 404
        ? ` ${server.wrongPathHint}`
        : retryable
          ? " Retrying may help."
          : "";
  return fail(
    "http_status",
    `${where} answered the ${subject} with HTTP ${status}${said}.${hint}`,
    retryable,
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
