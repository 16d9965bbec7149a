// The HTTP target against a real node:http server on 127.0.0.1:0 that holds a JSON state and wants a
// bearer token.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BenchloopError, type ComponentContext, SILENT_LOGGER } from "@benchloop/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpTarget } from "./http-target.js";

const TOKEN = "s3cret-token-value";
const ctx: ComponentContext = { signal: new AbortController().signal, logger: SILENT_LOGGER };

interface TestServer {
  url: string;
  state: Record<string, unknown>;
  requests: { method: string; authorization?: string; body?: unknown }[];
  /** Status the next writes answer with (a failing server). */
  failWrites?: number;
  /** GETs are never answered. */
  hang?: boolean;
}

let server: Server;
let api: TestServer;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    request.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    request.on("end", () => resolve(text));
  });
}

beforeEach(async () => {
  api = { url: "", state: { balanced: "llama3:8b", tools: { editor: "keep" }, count: 3 }, requests: [] };
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    api.requests.push({
      method: request.method ?? "",
      authorization: request.headers.authorization,
      body: body ? (JSON.parse(body) as unknown) : undefined,
    });
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      response
        .writeHead(401, { "content-type": "application/json" })
        .end('{"error":"missing or wrong token"}');
      return;
    }
    if (request.method === "GET") {
      if (api.hang) return;
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(api.state));
      return;
    }
    if (api.failWrites) {
      response.writeHead(api.failWrites).end(`database is down; token was ${TOKEN}`);
      return;
    }
    api.state = JSON.parse(body) as Record<string, unknown>;
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/models`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function target(env: Record<string, string> = { BENCHLOOP_TARGET_TOKEN: TOKEN }) {
  return createHttpTarget({ secrets: { get: (name) => env[name] } });
}

async function caught(promise: Promise<unknown>): Promise<BenchloopError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!BenchloopError.is(error)) throw new Error(`expected a BenchloopError, got ${String(error)}`);
  return error;
}

describe("the HTTP target", () => {
  it("reads the named keys with GET and the bearer token", async () => {
    const state = await target().read(
      { target: { uri: api.url }, keys: ["balanced", "fast", "tools.editor"] },
      ctx,
    );
    expect(state).toEqual({ balanced: "llama3:8b", "tools.editor": "keep" });
    expect(api.requests[0]).toMatchObject({ method: "GET", authorization: `Bearer ${TOKEN}` });
  });

  it("POSTs the whole state with only the named keys changed, and reads back what it holds", async () => {
    const result = await target().apply(
      { target: { uri: api.url }, next: { balanced: "qwen3:8b", "tools.fast": "qwen3:1.7b" } },
      ctx,
    );
    expect(api.state).toEqual({
      balanced: "qwen3:8b",
      tools: { editor: "keep", fast: "qwen3:1.7b" },
      count: 3,
    });
    expect(api.requests.map((r) => r.method)).toEqual(["GET", "POST", "GET"]);
    expect(result.applied).toEqual({ balanced: "qwen3:8b", "tools.fast": "qwen3:1.7b" });
    expect(result.detail).toBe(`POST ${api.url} answered 204`);
  });

  it("method: sends PUT, and remove drops keys (and objects left empty)", async () => {
    api.state = { balanced: "x", extra: { only: "y" } };
    await target().apply(
      { target: { uri: api.url, options: { method: "PUT" } }, next: {}, remove: ["extra.only"] },
      ctx,
    );
    expect(api.requests[1]?.method).toBe("PUT");
    expect(api.state).toEqual({ balanced: "x" });
  });

  it("without the token: fails with 401, saying which variable to set", async () => {
    const error = await caught(target({}).read({ target: { uri: api.url }, keys: ["balanced"] }, ctx));
    expect(error.code).toBe("TARGET_FAILED");
    expect(error.message).toBe(
      `Policy target ${api.url}: GET answered 401 Unauthorized: {"error":"missing or wrong token"}`,
    );
    expect(error.hint).toContain("Set BENCHLOOP_TARGET_TOKEN");
    expect(api.requests[0]?.authorization).toBeUndefined();
  });

  it("tokenEnv: reads the token from the named variable", async () => {
    const state = await target({ TOOL_TOKEN: TOKEN }).read(
      { target: { uri: api.url, options: { tokenEnv: "TOOL_TOKEN" } }, keys: ["balanced"] },
      ctx,
    );
    expect(state).toEqual({ balanced: "llama3:8b" });
  });

  it("a failing write names the status, the URL and the body, with the token hidden", async () => {
    api.failWrites = 500;
    const error = await caught(
      target().apply({ target: { uri: api.url }, next: { balanced: "qwen3:8b" } }, ctx),
    );
    expect(error.message).toBe(
      `Policy target ${api.url}: POST answered 500 Internal Server Error: database is down; token was ***`,
    );
    expect(error.hint).toContain("check its logs");
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it("timeoutMs: gives up on a server that does not answer", async () => {
    api.hang = true;
    const error = await caught(
      target().read({ target: { uri: api.url, options: { timeoutMs: 200 } }, keys: ["balanced"] }, ctx),
    );
    expect(error.message).toBe(`Policy target ${api.url}: GET got no answer within 200 ms`);
    expect(error.hint).toContain("--option timeoutMs=MS");
  });

  it("names a server that is not running", async () => {
    const url = api.url;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const error = await caught(target().read({ target: { uri: url }, keys: ["balanced"] }, ctx));
    expect(error.message).toContain("GET could not reach the server (ECONNREFUSED)");
  });

  it("refuses a key that holds something other than a model name, and a GET that is not an object", async () => {
    const error = await caught(target().read({ target: { uri: api.url }, keys: ["count"] }, ctx));
    expect(error.message).toContain('key "count" holds a number, not a model name');
    api.state = ["a"] as unknown as Record<string, unknown>;
    const notObject = await caught(target().read({ target: { uri: api.url }, keys: ["a"] }, ctx));
    expect(notObject.message).toContain("GET did not answer a JSON object");
  });

  it("describes the endpoint with its options and refuses credentials in the URL", () => {
    expect(target().describe({ target: { uri: api.url } })).toEqual({
      uri: api.url,
      options: { method: "POST", tokenEnv: "BENCHLOOP_TARGET_TOKEN", timeoutMs: 10_000 },
      label: `HTTP endpoint ${api.url}`,
    });
    expect(() => target().describe({ target: { uri: "https://me:pw@host/x" } })).toThrow(
      /user name or password/,
    );
    expect(() => target().describe({ target: { uri: api.url, options: { method: "PATCH" } } })).toThrow(
      BenchloopError,
    );
  });
});

describe("explicit nulls and aborts", () => {
  it("readHeld reports a null apart from an absent key; apply with setNull writes null back", async () => {
    api.state = { balanced: null, tools: { editor: "keep" } };
    const ref = { uri: api.url };
    expect(await target().readHeld({ target: ref, keys: ["balanced", "fast"] }, ctx)).toEqual({
      balanced: null,
    });
    expect(await target().read({ target: ref, keys: ["balanced", "fast"] }, ctx)).toEqual({});
    await target().apply({ target: ref, next: { balanced: "qwen3:8b" } }, ctx);
    expect(api.state).toEqual({ balanced: "qwen3:8b", tools: { editor: "keep" } });
    const { applied } = await target().apply({ target: ref, next: {}, setNull: ["balanced"] }, ctx);
    expect(applied).toEqual({});
    expect(api.state).toEqual({ balanced: null, tools: { editor: "keep" } });
  });

  it("an aborted signal stops a request the server never answers, with the signal's reason", async () => {
    api.hang = true;
    const controller = new AbortController();
    const seen = new Promise<void>((resolve) => server.once("request", () => resolve()));
    const reading = target().read(
      { target: { uri: api.url }, keys: ["balanced"] },
      {
        ...ctx,
        signal: controller.signal,
      },
    );
    await seen;
    const reason = new DOMException("Ctrl-C", "AbortError");
    controller.abort(reason);
    await expect(reading).rejects.toBe(reason);
  });
});
