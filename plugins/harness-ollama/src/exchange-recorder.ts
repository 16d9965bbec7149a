// A fetch for one exchange with Ollama: adds the caller's abort signal and an idle deadline, keeps the
// raw request and every NDJSON line for the transcript, and notes what went wrong where it happened
// (in-stream error, malformed line, early end, HTTP status) so errors are classified from facts.

/** What the recorder saw, read when classifying a failure. */
export interface ExchangeFacts {
  /** Method and path of the last request, e.g. "POST /api/chat". */
  lastRequest?: string;
  /** HTTP status of the last response. */
  status?: number;
  /** The error text of a non-2xx answer (Ollama's `{"error": …}`, or the raw body). */
  errorText?: string;
  /** True when the non-2xx body was Ollama's JSON `{"error": …}` (a router 404 is plain text). */
  errorWasJson?: boolean;
  /** True when the idle deadline fired. */
  idleTimedOut: boolean;
  /** The error Ollama sent inside a stream as `{"error": …}`. */
  streamError?: string;
  /** A line of a streamed or JSON body that does not parse. */
  malformedText?: string;
  /** True once a streamed chunk with `done: true` arrived. */
  sawDone: boolean;
  /** True when a streamed body ended (cleanly, from the socket's point of view). */
  streamEnded: boolean;
  /** True when the server said it is a simulator (header {@link SIMULATOR_HEADER}). */
  simulated: boolean;
}

/** Response header by which ollama-sim (or any simulator) says its answers are scripted. */
export const SIMULATOR_HEADER = "x-benchloop-simulator";

/** A fetch bound to one exchange, with what it recorded. */
export interface ExchangeRecorder {
  readonly fetch: typeof fetch;
  readonly facts: ExchangeFacts;
  /** The raw exchange as NDJSON: request and response lines, then every streamed line verbatim. */
  transcript(): string;
  /** Stops the idle deadline; call when the exchange is over. */
  dispose(): void;
}

/** Options of {@link createExchangeRecorder}. */
export interface ExchangeRecorderOptions {
  /** The caller's signal (the item's deadline or the run's Ctrl-C). */
  signal: AbortSignal;
  /** Longest silence (no headers, no chunk) before the request is aborted as timed out. */
  idleTimeoutMs: number;
}

/** Thrown into the body stream when a line is not JSON; classified through `facts.malformedText`. */
class MalformedLineError extends Error {
  override name = "MalformedLineError";
}

/** Creates a recorder; pass its `fetch` to the Ollama client. */
export function createExchangeRecorder(options: ExchangeRecorderOptions): ExchangeRecorder {
  const facts: ExchangeFacts = { idleTimedOut: false, sawDone: false, streamEnded: false, simulated: false };
  const lines: string[] = [];
  // One controller per exchange: aborted by the caller's signal or by the idle deadline.
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(options.signal.reason);
  if (options.signal.aborted) forwardAbort();
  else options.signal.addEventListener("abort", forwardAbort, { once: true });

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

  const inspectLine = (line: string) => {
    const text = line.trim();
    if (text === "") return;
    lines.push(text);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      facts.malformedText = text.slice(0, 200);
      throw new MalformedLineError(`not JSON: ${facts.malformedText}`);
    }
    if (typeof value !== "object" || value === null) return;
    const chunk = value as { error?: unknown; done?: unknown };
    if (chunk.error !== undefined) {
      facts.streamError = typeof chunk.error === "string" ? chunk.error : JSON.stringify(chunk.error);
    }
    if (chunk.done === true) facts.sawDone = true;
  };

  // Bytes pass through unchanged; each line is inspected before the client can read it.
  /**
   * The streamed body as the client reads it (`getReader()`), each chunk inspected line by line on its
   * way through. A reader over the response's own reader, not a second ReadableStream: building one
   * per request costs more than the rest of the exchange.
   */
  const watchBody = (body: ReadableStream<Uint8Array>) => {
    const decoder = new TextDecoder();
    let pending = "";
    const reader = body.getReader();
    const read = async (): ReturnType<typeof reader.read> => {
      const result = await reader.read();
      if (result.done) {
        stopTimer();
        inspectLine(pending + decoder.decode());
        pending = "";
        facts.streamEnded = true;
        return result;
      }
      touch();
      pending += decoder.decode(result.value, { stream: true });
      let start = 0;
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        inspectLine(pending.slice(start, newline));
        start = newline + 1;
        newline = pending.indexOf("\n", start);
      }
      pending = pending.slice(start);
      return result;
    };
    return {
      getReader: () => ({
        read,
        releaseLock: () => reader.releaseLock(),
        cancel: (reason?: unknown) => reader.cancel(reason),
        closed: reader.closed,
      }),
    };
  };

  const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? "GET";
    const bodyText = typeof init?.body === "string" ? init.body : undefined;
    // Inside JSON strings quotes are escaped, so this matches only the client's own `stream` field.
    const streamed = bodyText?.includes('"stream":true') ?? false;
    facts.lastRequest = `${method} ${url.pathname}`;
    const requestHead = `{"request":{"method":${JSON.stringify(method)},"url":${JSON.stringify(withoutCredentials(url))}`;
    lines.push(bodyText === undefined ? `${requestHead}}}` : `${requestHead},"body":${bodyText}}}`);

    const clientSignal = init?.signal;
    clientSignal?.addEventListener("abort", () => controller.abort(clientSignal.reason), { once: true });
    touch();
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: controller.signal });
    } catch (error) {
      stopTimer();
      throw error;
    }
    facts.status = response.status;
    if (response.headers.has(SIMULATOR_HEADER)) facts.simulated = true;

    if (!response.ok) {
      const text = await response.text().finally(stopTimer);
      const parsed = parseJson(text) as { error?: unknown } | undefined;
      facts.errorWasJson = typeof parsed?.error === "string";
      facts.errorText = facts.errorWasJson ? String(parsed?.error) : text.trim().slice(0, 500);
      lines.push(JSON.stringify({ response: { status: response.status, body: text.slice(0, 2000) } }));
      // Always hand the client JSON: it prints to the console when an error body is plain text.
      return new Response(JSON.stringify({ error: facts.errorText }), {
        status: response.status,
        statusText: response.statusText,
        headers: { "content-type": "application/json" },
      });
    }

    lines.push(JSON.stringify({ response: { status: response.status } }));
    if (streamed && response.body) {
      // What the client uses of a streamed response: `ok`, `status`, `headers` and `body.getReader()`;
      // the bytes pass through unchanged, so the server's headers still describe them.
      return {
        ok: response.ok,
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body: watchBody(response.body),
      } as unknown as Response;
    }
    // The body below is decoded text: its length and encoding are no longer the server's.
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    const text = await response.text().finally(stopTimer);
    const parsed = text.trim() === "" ? null : parseJson(text);
    if (parsed === undefined) {
      facts.malformedText = text.trim().slice(0, 200);
      lines.push(JSON.stringify({ body: text.slice(0, 2000) }));
    } else if (parsed !== null) {
      lines.push(JSON.stringify(parsed));
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers });
  };

  return {
    fetch: recordingFetch as typeof fetch,
    facts,
    transcript: () => `${lines.join("\n")}\n`,
    dispose() {
      stopTimer();
      options.signal.removeEventListener("abort", forwardAbort);
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function withoutCredentials(url: URL): string {
  const copy = new URL(url);
  copy.username = "";
  copy.password = "";
  return copy.toString();
}
