// What one exchange with a model server saw, noted where it happened so a failure is classified from
// facts (status, error code, in-stream error, malformed text, early end), never from message text.

/** What the exchange saw, read when classifying a failure. */
export interface ExchangeFacts {
  /** Method and path of the last request, e.g. "POST /v1/chat/completions". */
  lastRequest?: string;
  /** HTTP status of the last response. */
  status?: number;
  /** The error message of a non-2xx answer (`error`, `error.message`, `message`, or the raw body). */
  errorText?: string;
  /** The error code of a non-2xx answer (`error.code` or `code`), when the server sent one. */
  errorCode?: string;
  /** True when the non-2xx body was JSON (a wrong path usually answers plain text or HTML). */
  errorWasJson?: boolean;
  /** True when the idle deadline fired. */
  idleTimedOut: boolean;
  /** The error the server sent inside the stream (`{"error": …}` or an SSE `error` event). */
  streamError?: string;
  /** A line, event or body that is not JSON. */
  malformedText?: string;
  /** True once the stream's final marker arrived (`data: [DONE]`, or a chunk with `done: true`). */
  sawDone: boolean;
  /** True when the body ended (cleanly, from the socket's point of view). */
  streamEnded: boolean;
  /** True when the server said it is a simulator (header {@link SIMULATOR_HEADER}). */
  simulated: boolean;
}

/** Response header by which ollama-sim (or any simulator) says its answers are scripted. */
export const SIMULATOR_HEADER = "x-benchloop-simulator";

/** Fresh facts for a new exchange. */
export function createExchangeFacts(): ExchangeFacts {
  return { idleTimedOut: false, sawDone: false, streamEnded: false, simulated: false };
}

/** A non-2xx answer; details are in the exchange's facts. */
export class HttpStatusError extends Error {
  override name = "HttpStatusError";
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** Raised when a stream carried an error or something that is not JSON; details are in the facts. */
export class StreamFault extends Error {
  override name = "StreamFault";
}

/** Reads a non-2xx body into the facts: its message, its code, and whether it was JSON. */
export function readErrorBody(text: string, facts: ExchangeFacts): void {
  const value = parseJson(text) as { error?: unknown; message?: unknown; code?: unknown } | undefined;
  facts.errorWasJson = typeof value === "object" && value !== null;
  const message = facts.errorWasJson
    ? (readErrorMessage(value?.error) ?? readErrorMessage(value))
    : undefined;
  facts.errorText = message ?? text.trim().slice(0, 500);
  const code = (value?.error as { code?: unknown } | undefined)?.code ?? value?.code;
  if (typeof code === "string") facts.errorCode = code;
}

/** `message` of an OpenAI-style error object, or the error itself when it is a string. */
export function readErrorMessage(error: unknown): string | undefined {
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return undefined;
}

/** JSON.parse that answers undefined instead of throwing. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
