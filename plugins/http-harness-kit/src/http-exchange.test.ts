import { afterEach, describe, expect, it } from "vitest";
import { HttpStatusError, StreamFault } from "./exchange-facts.js";
import { createHttpExchange } from "./http-exchange.js";
import { type FakeServer, startFakeServer } from "./testing/fake-server.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const KEY = "sk-kit-test-0a1b2c3d";
const exchangeWith = (baseUrl: string, apiKey?: string) =>
  createHttpExchange({ baseUrl, apiKey, signal: new AbortController().signal, idleTimeoutMs: 5_000 });

describe("createHttpExchange", () => {
  it("reads NDJSON lines, notes the final chunk and keeps every line verbatim in the transcript", async () => {
    server = await startFakeServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson", "x-benchloop-simulator": "yes" });
      res.write('{"message":{"content":"He"},"done":false}\n{"message":');
      res.end('{"content":"llo"},"done":false}\n{"done":true,"eval_count":2}\n');
    });
    const exchange = exchangeWith(server.url);
    const chunks: unknown[] = [];
    await exchange.stream("/api/chat", { model: "m", stream: true }, "ndjson", (chunk) => chunks.push(chunk));
    exchange.dispose();
    expect(chunks).toHaveLength(3);
    expect(exchange.facts).toMatchObject({ sawDone: true, streamEnded: true, simulated: true, status: 200 });
    const lines = exchange.transcript().trim().split("\n");
    expect(JSON.parse(lines[0]!)).toEqual({
      request: { method: "POST", url: `${server.url}/api/chat`, body: { model: "m", stream: true } },
    });
    expect(lines.slice(1)).toEqual([
      '{"response":{"status":200}}',
      '{"message":{"content":"He"},"done":false}',
      '{"message":{"content":"llo"},"done":false}',
      '{"done":true,"eval_count":2}',
    ]);
  });

  it("reads SSE events to [DONE], sends the key as a Bearer token and redacts it everywhere", async () => {
    server = await startFakeServer((request, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(`data: {"echo":"${request.headers.authorization}"}\n\ndata: [DONE]\n\n`);
    });
    const exchange = exchangeWith(`${server.url}/v1`, KEY);
    const chunks: Record<string, unknown>[] = [];
    await exchange.stream("/chat/completions", { stream: true }, "sse", (chunk) => chunks.push(chunk));
    exchange.dispose();
    expect(server.received[0]).toMatchObject({ path: "/v1/chat/completions" });
    expect(server.received[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(exchange.facts).toMatchObject({ sawDone: true, lastRequest: "POST /v1/chat/completions" });
    expect(exchange.transcript()).not.toContain(KEY);
    expect(exchange.redact(String(chunks[0]?.echo))).toBe("Bearer ***");
  });

  it("finishes at [DONE] even when the server keeps the body open afterwards", async () => {
    server = await startFakeServer((_request, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('data: {"choices":[]}\n\ndata: [DONE]\n\n');
    });
    // Longer than the test's own timeout: only the short grace after [DONE] lets this finish.
    const exchange = createHttpExchange({
      baseUrl: server.url,
      signal: new AbortController().signal,
      idleTimeoutMs: 120_000,
    });
    const chunks: unknown[] = [];
    await exchange.stream("/chat/completions", {}, "sse", (chunk) => chunks.push(chunk));
    exchange.dispose();
    expect(chunks).toEqual([{ choices: [] }]);
    expect(exchange.facts).toMatchObject({ sawDone: true, idleTimedOut: false });
  });

  it("sends credentials written in the base URL as Basic auth, never in the transcript", async () => {
    server = await startFakeServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"version":"1"}');
    });
    const withCredentials = server.url.replace("http://", "http://user:p%40ss@");
    const exchange = exchangeWith(withCredentials);
    expect(await exchange.getJson("/api/version")).toEqual({ version: "1" });
    exchange.dispose();
    expect(server.received[0]?.headers.authorization).toBe(`Basic ${btoa("user:p@ss")}`);
    expect(exchange.transcript()).not.toContain("p%40ss");
  });

  it("reads a non-2xx body into facts and throws HttpStatusError", async () => {
    server = await startFakeServer((_request, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"error":{"message":"model nope not found","code":"model_not_found"}}');
    });
    const exchange = exchangeWith(server.url);
    await expect(exchange.postJson("/x", {})).rejects.toBeInstanceOf(HttpStatusError);
    exchange.dispose();
    expect(exchange.facts).toMatchObject({
      status: 404,
      errorText: "model nope not found",
      errorCode: "model_not_found",
      errorWasJson: true,
    });
  });

  it("notes an in-stream error and a line that is not JSON as faults", async () => {
    server = await startFakeServer((request, res) => {
      res.writeHead(200);
      res.end(request.path === "/error" ? '{"error":"runner crashed"}\n' : "<html>\n");
    });
    const failing = exchangeWith(server.url);
    await expect(failing.stream("/error", {}, "ndjson", () => {})).rejects.toBeInstanceOf(StreamFault);
    expect(failing.facts.streamError).toBe("runner crashed");
    const malformed = exchangeWith(server.url);
    await expect(malformed.stream("/html", {}, "ndjson", () => {})).rejects.toBeInstanceOf(StreamFault);
    expect(malformed.facts.malformedText).toBe("<html>");
    failing.dispose();
    malformed.dispose();
  });

  it("aborts a stream that goes quiet past the idle deadline and says so in its facts", async () => {
    server = await startFakeServer((_request, res) => {
      res.writeHead(200);
      res.write('{"done":false}\n');
    });
    const exchange = createHttpExchange({
      baseUrl: server.url,
      signal: new AbortController().signal,
      idleTimeoutMs: 100,
    });
    await expect(exchange.stream("/api/chat", {}, "ndjson", () => {})).rejects.toThrow();
    exchange.dispose();
    expect(exchange.facts).toMatchObject({ idleTimedOut: true, streamEnded: false });
  });
});
