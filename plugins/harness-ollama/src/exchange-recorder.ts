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

const encoder = new TextEncoder();

/** Creates a recorder; pass its `fetch` to the Ollama client. */
export function createExchangeRecorder(options: ExchangeRecorderOptions): ExchangeRecorder {
  const facts: ExchangeFacts = { idleTimedOut: false, sawDone: false, streamEnded: false, simulated: false };
  const lines: string[] = [];
  const deadline = new AbortController();
  let timer: NodeJS.Timeout | undefined;

  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const touch = () => {
    stopTimer();
    timer = setTimeout(() => {
      facts.idleTimedOut = true;
      deadline.abort(new DOMException(`no data for ${options.idleTimeoutMs} ms`, "TimeoutError"));
    }, options.idleTimeoutMs);
    timer.unref();
  };

  const inspectLine = (line: string) => {
    const text = line.trim();
    if (text === "") return;
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

  const watchStream = (body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> => {
    const decoder = new TextDecoder();
    let pending = "";
    const emit = (line: string, controller: TransformStreamDefaultController<Uint8Array>) => {
      lines.push(line);
      inspectLine(line);
      controller.enqueue(encoder.encode(`${line}\n`));
    };
    return body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          touch();
          pending += decoder.decode(chunk, { stream: true });
          let newline = pending.indexOf("\n");
          while (newline >= 0) {
            const line = pending.slice(0, newline);
            pending = pending.slice(newline + 1);
            if (line.trim() !== "") emit(line, controller);
            newline = pending.indexOf("\n");
          }
        },
        flush(controller) {
          stopTimer();
          pending += decoder.decode();
          if (pending.trim() !== "") emit(pending, controller);
          facts.streamEnded = true;
        },
      }),
    );
  };

  const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? "GET";
    const bodyText = typeof init?.body === "string" ? init.body : undefined;
    const body = bodyText === undefined ? undefined : parseJson(bodyText);
    const streamed =
      typeof body === "object" && body !== null && (body as { stream?: unknown }).stream === true;
    facts.lastRequest = `${method} ${url.pathname}`;
    lines.push(JSON.stringify({ request: { method, url: withoutCredentials(url), body } }));

    const signals = [options.signal, deadline.signal];
    if (init?.signal) signals.push(init.signal);
    touch();
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.any(signals) });
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
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    if (streamed && response.body) {
      return new Response(watchStream(response.body), {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    }
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
    dispose: stopTimer,
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
