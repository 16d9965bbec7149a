// One exchange with a model server over node:http(s): an optional key as a Bearer header (credentials
// in the base URL as Basic auth), the caller's abort signal plus an idle deadline, a streamed body read
// as NDJSON lines or SSE events and parsed once, and the raw request and every line kept (key
// redacted) for the transcript. What went wrong is noted in `facts` where it happens.
import type { IncomingMessage } from "node:http";
import {
  createExchangeFacts,
  type ExchangeFacts,
  HttpStatusError,
  parseJson,
  readErrorBody,
  readErrorMessage,
  SIMULATOR_HEADER,
  StreamFault,
} from "./exchange-facts.js";
import { createIdleDeadline } from "./idle-deadline.js";
import { readNodeText, sendNodeRequest } from "./node-request.js";
import { readStreamBody } from "./stream-body.js";

/** Options of {@link createHttpExchange}. */
export interface HttpExchangeOptions {
  /** The API root every path is appended to, e.g. `http://127.0.0.1:8080/v1`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` and redacted from everything kept. */
  apiKey?: string;
  /** The caller's signal (the item's deadline or the run's Ctrl-C). */
  signal: AbortSignal;
  /** Longest silence (no headers, no chunk) before the request is aborted as timed out. */
  idleTimeoutMs: number;
}

/** How a streamed body is framed: NDJSON lines (Ollama) or Server-Sent Events (OpenAI-compatible). */
export type StreamFormat = "ndjson" | "sse";

/** One exchange with the server. */
export interface HttpExchange {
  readonly facts: ExchangeFacts;
  /** GETs a JSON document. */
  getJson(path: string): Promise<unknown>;
  /** POSTs a JSON body and reads a JSON answer. */
  postJson(path: string, body: object): Promise<unknown>;
  /** POSTs a streaming request and hands every JSON chunk to `onChunk`, until the end or `[DONE]`. */
  stream(
    path: string,
    body: object,
    format: StreamFormat,
    onChunk: (chunk: Record<string, unknown>) => void,
  ): Promise<void>;
  /** The raw exchange as NDJSON (request, response, then each line or event's data), key redacted. */
  transcript(): string;
  /** Replaces the API key with "***" in a text. */
  redact(text: string): string;
  /** Stops the idle deadline; call when the exchange is over. */
  dispose(): void;
}

/** A base URL taken apart: without credentials, its path, and its credentials as a Basic header. */
interface Address {
  base: string;
  basePath: string;
  basicAuth?: string;
}

/** Base URLs already taken apart: a harness sends every exchange to the same one or two. */
const addresses = new Map<string, Address>();

function addressOf(baseUrl: string): Address {
  const known = addresses.get(baseUrl);
  if (known) return known;
  const root = new URL(baseUrl);
  const basicAuth = root.username
    ? `Basic ${btoa(`${decodeURIComponent(root.username)}:${decodeURIComponent(root.password)}`)}`
    : undefined;
  root.username = "";
  root.password = "";
  const address: Address = {
    base: root.href.replace(/\/+$/, ""),
    basePath: root.pathname.replace(/\/+$/, ""),
    ...(basicAuth ? { basicAuth } : {}),
  };
  if (addresses.size >= 64) addresses.clear();
  addresses.set(baseUrl, address);
  return address;
}

/** Creates an exchange bound to a signal. */
export function createHttpExchange(options: HttpExchangeOptions): HttpExchange {
  const facts = createExchangeFacts();
  const lines: string[] = [];
  const deadline = createIdleDeadline(options.signal, options.idleTimeoutMs);
  const key = options.apiKey;
  const redact = (text: string) => (key && text.includes(key) ? text.split(key).join("***") : text);
  const { base, basePath, basicAuth } = addressOf(options.baseUrl);

  const send = async (method: string, path: string, body?: object): Promise<IncomingMessage> => {
    const url = `${base}${path}`;
    facts.lastRequest = `${method} ${basePath}${path}`;
    const bodyText = body === undefined ? undefined : JSON.stringify(body);
    const head = `{"request":{"method":"${method}","url":${JSON.stringify(url)}`;
    lines.push(redact(bodyText === undefined ? `${head}}}` : `${head},"body":${bodyText}}}`));
    const headers: Record<string, string> = { accept: "application/json" };
    if (bodyText !== undefined) headers["content-type"] = "application/json";
    if (key) headers.authorization = `Bearer ${key}`;
    else if (basicAuth) headers.authorization = basicAuth;
    deadline.touch();
    let response: IncomingMessage;
    try {
      response = await sendNodeRequest(url, { method, headers, body: bodyText, signal: deadline.signal });
    } catch (error) {
      deadline.stop();
      facts.idleTimedOut = deadline.timedOut;
      throw error;
    }
    const status = response.statusCode ?? 0;
    facts.status = status;
    if (response.headers[SIMULATOR_HEADER] !== undefined) facts.simulated = true;
    if (status < 200 || status > 299) {
      const text = redact(await readText(response));
      readErrorBody(text, facts);
      lines.push(JSON.stringify({ response: { status, body: text.slice(0, 2000) } }));
      throw new HttpStatusError(status);
    }
    lines.push(`{"response":{"status":${status}}}`);
    return response;
  };

  /** The body as text, the idle deadline stopped once it is in (or failed). */
  const readText = async (response: IncomingMessage): Promise<string> => {
    try {
      return await readNodeText(response);
    } finally {
      deadline.stop();
      facts.idleTimedOut = deadline.timedOut;
    }
  };

  const readJson = async (response: IncomingMessage): Promise<unknown> => {
    const text = await readText(response);
    const value = parseJson(text);
    if (value === undefined) {
      facts.malformedText = redact(text.trim().slice(0, 200));
      lines.push(JSON.stringify({ body: redact(text.slice(0, 2000)) }));
      throw new StreamFault("not JSON");
    }
    lines.push(redact(text.trim()));
    return value;
  };

  /** Inspects one NDJSON line or SSE data field; hands a JSON object on to `onChunk`. */
  const handle = (data: string, onChunk: (chunk: Record<string, unknown>) => void, event?: string) => {
    const text = data.trim();
    if (text === "") return;
    lines.push(redact(data));
    if (text === "[DONE]") {
      facts.sawDone = true;
      return;
    }
    const value = parseJson(text);
    if (event === "error") {
      facts.streamError = redact(readErrorMessage((value as { error?: unknown })?.error) ?? text);
      throw new StreamFault("error event");
    }
    if (typeof value !== "object" || value === null) {
      facts.malformedText = redact(text.slice(0, 200));
      throw new StreamFault("not JSON");
    }
    const chunk = value as Record<string, unknown>;
    if (chunk.error !== undefined && chunk.error !== null) {
      facts.streamError = redact(readErrorMessage(chunk.error) ?? JSON.stringify(chunk.error));
      throw new StreamFault("error in stream");
    }
    if (chunk.done === true) facts.sawDone = true;
    onChunk(chunk);
  };

  return {
    facts,
    redact,
    getJson: async (path) => readJson(await send("GET", path)),
    postJson: async (path, body) => readJson(await send("POST", path, body)),

    async stream(path, body, format, onChunk) {
      const response = await send("POST", path, body);
      await readStreamBody(response, format, deadline, facts, (data, event) => handle(data, onChunk, event));
    },

    transcript: () => `${lines.join("\n")}\n`,
    dispose: () => deadline.dispose(),
  };
}
