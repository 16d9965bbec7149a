// One exchange with an OpenAI-compatible server over plain fetch: the key as a Bearer header, the
// caller's abort signal plus an idle deadline, SSE read event by event, and the raw request and events
// kept (with the key redacted) for the transcript. What went wrong is noted where it happens.
import { createSseParser } from "./sse-parser.js";

/** What the exchange saw, read when classifying a failure. */
export interface ExchangeFacts {
  /** Method and path of the last request, e.g. "POST /v1/chat/completions". */
  lastRequest?: string;
  status?: number;
  /** The error message of a non-2xx answer (`error.message`, `message`, or the raw body). */
  errorText?: string;
  /** The error code of a non-2xx answer (`error.code`), when the server sent one. */
  errorCode?: string;
  /** True when the non-2xx body was JSON (a wrong path usually answers plain text or HTML). */
  errorWasJson?: boolean;
  idleTimedOut: boolean;
  /** The error the server sent inside the stream (`data: {"error": …}`). */
  streamError?: string;
  /** An event or body that is not JSON. */
  malformedText?: string;
  /** True once `data: [DONE]` arrived. */
  sawDone: boolean;
  /** True when the body ended (cleanly, from the socket's point of view). */
  streamEnded: boolean;
}

/** Options of {@link createOpenAiExchange}. */
export interface OpenAiExchangeOptions {
  baseUrl: string;
  apiKey?: string;
  signal: AbortSignal;
  idleTimeoutMs: number;
}

/** A non-2xx answer; details are in the exchange's facts. */
export class HttpStatusError extends Error {
  override name = "HttpStatusError";
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

/** Raised when the stream carried an error object or a line that is not JSON; details are in the facts. */
export class StreamFault extends Error {
  override name = "StreamFault";
}

/** One exchange with the server. */
export interface OpenAiExchange {
  readonly facts: ExchangeFacts;
  /** GETs a JSON document (e.g. `/models`). */
  getJson(path: string): Promise<unknown>;
  /** POSTs a streaming request and hands every JSON event to `onChunk`, until `[DONE]` or the end. */
  stream(
    path: string,
    body: Record<string, unknown>,
    onChunk: (chunk: Record<string, unknown>) => void,
  ): Promise<void>;
  /** The raw exchange as NDJSON (request and response lines, then each event's data), key redacted. */
  transcript(): string;
  /** Replaces the API key with "***" in a text. */
  redact(text: string): string;
  /** Stops the idle deadline. */
  dispose(): void;
}

/** Creates an exchange bound to a signal. */
export function createOpenAiExchange(options: OpenAiExchangeOptions): OpenAiExchange {
  const facts: ExchangeFacts = { idleTimedOut: false, sawDone: false, streamEnded: false };
  const lines: string[] = [];
  // One controller per exchange: aborted by the caller's signal or by the idle deadline.
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal.reason);
  if (options.signal.aborted) forwardAbort();
  else options.signal.addEventListener("abort", forwardAbort, { once: true });
  const key = options.apiKey;
  const redact = (text: string) => (key ? text.split(key).join("***") : text);

  // The idle deadline is one timer re-armed lazily, not a new timer per chunk.
  let timer: NodeJS.Timeout | undefined;
  let waiting = false;
  let lastActivity = 0;
  const arm = (delayMs: number) => {
    timer = setTimeout(checkIdle, delayMs);
    timer.unref();
  };
  const checkIdle = () => {
    timer = undefined;
    if (!waiting) return;
    const idleMs = performance.now() - lastActivity;
    if (idleMs < options.idleTimeoutMs) return arm(options.idleTimeoutMs - idleMs);
    facts.idleTimedOut = true;
    controller.abort(new DOMException(`no data for ${options.idleTimeoutMs} ms`, "TimeoutError"));
  };
  const touch = () => {
    lastActivity = performance.now();
    waiting = true;
    if (!timer) arm(options.idleTimeoutMs);
  };
  const stopTimer = () => {
    waiting = false;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };

  const send = async (method: string, path: string, body?: Record<string, unknown>): Promise<Response> => {
    const url = `${options.baseUrl}${path}`;
    facts.lastRequest = `${method} ${new URL(url).pathname}`;
    lines.push(redact(JSON.stringify({ request: { method, url, body } })));
    const headers: Record<string, string> = {
      accept: body?.stream ? "text/event-stream" : "application/json",
    };
    if (body) headers["content-type"] = "application/json";
    if (key) headers.authorization = `Bearer ${key}`;
    touch();
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body ? JSON.stringify(body) : undefined,
        signal: controller.signal,
      });
    } catch (error) {
      stopTimer();
      throw error;
    }
    facts.status = response.status;
    if (!response.ok) {
      const text = redact(await response.text().finally(stopTimer));
      readErrorBody(text, facts);
      lines.push(JSON.stringify({ response: { status: response.status, body: text.slice(0, 2000) } }));
      throw new HttpStatusError(response.status);
    }
    lines.push(JSON.stringify({ response: { status: response.status } }));
    return response;
  };

  return {
    facts,
    redact,
    async getJson(path) {
      const response = await send("GET", path);
      const text = await response.text().finally(stopTimer);
      const value = parseJson(text);
      if (value === undefined) {
        facts.malformedText = redact(text.trim().slice(0, 200));
        throw new StreamFault("not JSON");
      }
      lines.push(redact(JSON.stringify(value)));
      return value;
    },

    async stream(path, body, onChunk) {
      const response = await send("POST", path, body);
      if (!response.body) throw new StreamFault("no body");
      const parser = createSseParser();
      const decoder = new TextDecoder();
      const handle = (data: string, event?: string) => {
        lines.push(redact(data));
        const text = data.trim();
        if (event === "error") {
          facts.streamError = redact(
            readErrorMessage((parseJson(text) as { error?: unknown })?.error) ?? text,
          );
          throw new StreamFault("error event");
        }
        if (text === "[DONE]") {
          facts.sawDone = true;
          return;
        }
        const value = parseJson(text);
        if (typeof value !== "object" || value === null) {
          facts.malformedText = redact(text.slice(0, 200));
          throw new StreamFault("not JSON");
        }
        const chunk = value as Record<string, unknown>;
        if (chunk.error !== undefined && chunk.error !== null) {
          facts.streamError = redact(readErrorMessage(chunk.error) ?? JSON.stringify(chunk.error));
          throw new StreamFault("error event");
        }
        onChunk(chunk);
      };
      const reader = response.body.getReader();
      try {
        while (!facts.sawDone) {
          const { done, value } = await reader.read();
          if (done) break;
          touch();
          for (const event of parser.push(decoder.decode(value, { stream: true }))) {
            handle(event.data, event.event);
            if (facts.sawDone) break;
          }
        }
        if (!facts.sawDone) {
          for (const event of parser.end()) handle(event.data, event.event);
          facts.streamEnded = true;
        }
      } finally {
        stopTimer();
        await reader.cancel().catch(() => {});
      }
    },

    transcript: () => `${lines.join("\n")}\n`,
    dispose() {
      stopTimer();
      options.signal.removeEventListener("abort", forwardAbort);
    },
  };
}

function readErrorBody(text: string, facts: ExchangeFacts): void {
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
function readErrorMessage(error: unknown): string | undefined {
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null) {
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
