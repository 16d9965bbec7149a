// A loopback HTTP proxy between an agent CLI and the model server: bytes pass through untouched as
// they come (streams stay streams), while a copy of each answer is read to record tokens and timings.
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import { request as httpsRequest } from "node:https";
import type { AddressInfo } from "node:net";
import { createAnswerMeter } from "./answer-meter.js";
import type { ModelApi, ModelCallRecord } from "./model-call.js";

/** Options of {@link createMeteringProxy}. */
export interface MeteringProxyOptions {
  /** The model server, e.g. `http://127.0.0.1:11434` (a trailing `/v1` is kept as a path prefix). */
  upstream: string;
  /** Epoch clock in ms (tests may pass their own). */
  now?: () => number;
}

/** A running metering proxy. */
export interface MeteringProxy {
  /** `http://127.0.0.1:<port>`; agents use it in place of the model server's address. */
  url: string;
  /** Requests recorded so far, in the order they arrived. */
  records(): ModelCallRecord[];
  /** Forgets the records (between items). */
  reset(): void;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/** Request headers that describe one hop, not the request. */
const HOP_HEADERS = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
  "host",
  // Answers are read as they pass, so they must come uncompressed.
  "accept-encoding",
]);

/**
 * Starts a metering proxy on 127.0.0.1 with a free port. Every route is forwarded; generation routes
 * (Ollama `/api/chat`, `/api/generate`; OpenAI `/v1/chat/completions`, `/v1/completions`,
 * `/v1/responses`) are metered. A server that cannot be reached is answered with HTTP 502 and recorded
 * with status 0 and its error code.
 */
export async function createMeteringProxy(options: MeteringProxyOptions): Promise<MeteringProxy> {
  const upstream = new URL(options.upstream);
  const prefix = upstream.pathname.replace(/\/+$/, "");
  const now = options.now ?? Date.now;
  let records: ModelCallRecord[] = [];
  const send = upstream.protocol === "https:" ? httpsRequest : httpRequest;

  const server: Server = createServer((incoming, outgoing) => {
    const startedAt = now();
    const route = (incoming.url ?? "/").split("?")[0] ?? "/";
    const api = apiOf(route);
    const record: ModelCallRecord = {
      route,
      method: incoming.method ?? "GET",
      api,
      generation: isGenerationRoute(route),
      status: 0,
      stream: false,
      startedAt,
      durationMs: 0,
      toolCalls: 0,
      toolNames: [],
    };
    records.push(record);
    const body: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => body.push(chunk));
    incoming.on("end", () => {
      const payload = Buffer.concat(body);
      readRequestFacts(record, payload, api);
      const headers = forwardHeaders(incoming.headers, payload.length);
      const target = new URL(`${prefix}${incoming.url ?? "/"}`, upstream);
      const forward = send(target, { method: record.method, headers }, (answer) => {
        record.status = answer.statusCode ?? 0;
        const meter = createAnswerMeter(api, record.status);
        outgoing.writeHead(record.status, answer.statusMessage, answerHeaders(answer.headers));
        answer.on("data", (chunk: Buffer) => {
          outgoing.write(chunk);
          if (meter.push(chunk) && record.ttftMs === undefined) record.ttftMs = now() - startedAt;
        });
        answer.on("end", () => {
          Object.assign(record, meter.finish());
          record.durationMs = now() - startedAt;
          outgoing.end();
        });
        answer.on("error", () => {
          Object.assign(record, meter.finish());
          record.durationMs = now() - startedAt;
          outgoing.destroy();
        });
      });
      forward.on("error", (error: NodeJS.ErrnoException) => {
        record.durationMs = now() - startedAt;
        if (outgoing.headersSent) {
          outgoing.destroy();
          return;
        }
        record.upstreamError = error.code ?? error.message;
        outgoing.writeHead(502, { "content-type": "application/json" });
        outgoing.end(
          JSON.stringify({
            error: `benchloop metering proxy: the model server at ${upstream.origin} could not be reached (${record.upstreamError})`,
          }),
        );
      });
      outgoing.on("close", () => {
        if (!outgoing.writableFinished) {
          record.clientAborted = true;
          if (record.durationMs === 0) record.durationMs = now() - startedAt;
          forward.destroy();
        }
      });
      forward.end(payload);
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    records: () => records.map((record) => ({ ...record, toolNames: [...record.toolNames] })),
    reset() {
      records = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The API a route belongs to. */
function apiOf(route: string): ModelApi {
  if (route.startsWith("/api/")) return "ollama";
  if (route.endsWith("/chat/completions") || route.endsWith("/completions")) return "openai-chat";
  if (route.endsWith("/responses")) return "openai-responses";
  return "other";
}

function isGenerationRoute(route: string): boolean {
  return (
    route === "/api/chat" ||
    route === "/api/generate" ||
    route.endsWith("/chat/completions") ||
    route.endsWith("/completions") ||
    route.endsWith("/responses")
  );
}

/** Reads the model name and whether the answer streams from the request body. */
function readRequestFacts(record: ModelCallRecord, payload: Buffer, api: ModelApi): void {
  if (payload.length === 0) return;
  try {
    const body = JSON.parse(payload.toString("utf8")) as { model?: unknown; stream?: unknown };
    if (typeof body.model === "string") record.model = body.model;
    // Ollama streams unless told not to; OpenAI APIs only when asked.
    record.stream = api === "ollama" ? body.stream !== false : body.stream === true;
  } catch {
    // Not JSON: forwarded as is, nothing to read.
  }
}

function forwardHeaders(headers: IncomingHttpHeaders, length: number): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_HEADERS.has(name)) kept[name] = value;
  }
  kept["content-length"] = String(length);
  return kept;
}

/** Answer headers without the ones describing the upstream hop (Node chunks the answer itself). */
function answerHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && name !== "connection" && name !== "keep-alive" && name !== "transfer-encoding")
      kept[name] = value;
  }
  return kept;
}
