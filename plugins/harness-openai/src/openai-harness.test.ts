import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import type { Failure, Generation, Harness } from "@benchloop/core";
import { GenerationSchema, readItemFailure } from "@benchloop/core";
import { SIM_MODELS, type SimOptions, type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type FakeServer, startFakeServer } from "../test/fake-server.js";
import { createTestDeps, createTestItemContext, type TestItemContext } from "../test/item-context.js";
import { ADD_ANSWER, ADD_THINKING, requestFor, SILENT_PROMPT, SIM_ANSWERS } from "../test/sim-answers.js";
import { createOpenAiHarness } from "./openai-harness.js";

const contexts: TestItemContext[] = [];
const servers: { close(): Promise<void> }[] = [];

async function itemContext(options: Parameters<typeof createTestItemContext>[0] = {}) {
  const ctx = await createTestItemContext(options);
  contexts.push(ctx);
  return ctx;
}

async function sim(options: SimOptions = {}): Promise<SimServer> {
  const server = await startSim({ latencyScale: 0, answers: SIM_ANSWERS, seed: 7, ...options });
  servers.push(server);
  return server;
}

async function fake(respond: Parameters<typeof startFakeServer>[0]): Promise<FakeServer> {
  const server = await startFakeServer(respond);
  servers.push(server);
  return server;
}

function harnessFor(server: { url: string }, config: Record<string, unknown> = {}, env = {}): Harness {
  return createOpenAiHarness(createTestDeps({ baseUrl: `${server.url}/v1`, ...config }, env));
}

async function failureOf(
  promise: Promise<unknown>,
): Promise<Omit<Failure, "stage"> & { details: Record<string, unknown> }> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const failure = readItemFailure(error);
  if (!failure) throw new Error(`expected a typed item failure, got ${String(error)}`);
  return { ...failure, details: (error as { details: Record<string, unknown> }).details };
}

async function transcriptLines(ctx: TestItemContext, generation: Pick<Generation, "transcript">) {
  const text = await ctx.readArtifact(generation.transcript ?? "");
  return text.trim().split("\n");
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let shared: SimServer;
let harness: Harness;

beforeAll(async () => {
  shared = await sim();
  harness = harnessFor(shared);
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((ctx) => ctx.cleanup()));
});

afterAll(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe("probe and listModels", () => {
  it("finds the server through GET /models", async () => {
    const ctx = await itemContext();
    expect(await harness.probe(ctx)).toEqual({ available: true, endpoint: `${shared.url}/v1` });
  });

  it("adds /v1 to a bare host and reads OPENAI_BASE_URL when baseUrl is not set", async () => {
    const ctx = await itemContext();
    const fromEnv = createOpenAiHarness(createTestDeps({}, { OPENAI_BASE_URL: `${shared.url}/` }));
    expect(await fromEnv.probe(ctx)).toEqual({ available: true, endpoint: `${shared.url}/v1` });
  });

  it("says how to configure it when no base URL is given", async () => {
    const ctx = await itemContext();
    const result = await createOpenAiHarness(createTestDeps({})).probe(ctx);
    expect(result.available).toBe(false);
    expect(result.reason).toContain("harnesses.openai.baseUrl");
    expect(result.reason).toContain("OPENAI_BASE_URL");
  });

  it("says nothing answers when the server is down", async () => {
    const ctx = await itemContext();
    const port = await closedPort();
    const result = await harnessFor({ url: `http://127.0.0.1:${port}` }).probe(ctx);
    expect(result).toMatchObject({ available: false, endpoint: `http://127.0.0.1:${port}/v1` });
    expect(result.reason).toContain("ECONNREFUSED");
  });

  it("lists the models the server serves", async () => {
    const ctx = await itemContext();
    const models = await harness.listModels!(ctx);
    expect(models).toEqual(SIM_MODELS.map((model) => ({ name: model.name })));
  });
});

describe("generate", () => {
  it("streams sim/oracle's answer with usage tokens, TTFT and the finish reason", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/oracle"), ctx);
    GenerationSchema.parse(generation);
    expect(generation.text).toBe(ADD_ANSWER);
    expect(generation).toMatchObject({ doneReason: "stop", truncated: false });
    expect(generation.timing.ttftMs).toBeGreaterThanOrEqual(0);
    expect(generation.timing.ttftMs).toBeLessThanOrEqual(generation.timing.wallMs);
    const lines = await transcriptLines(ctx, generation);
    expect(lines.at(-1)).toBe("[DONE]");
    const usage = JSON.parse(lines.at(-2)!).usage;
    expect(generation.tokens).toEqual({ prompt: usage.prompt_tokens, completion: usage.completion_tokens });
    expect(generation.tokens.completion).toBeGreaterThan(0);
  });

  it("sends temperature 0, the seed and include_usage by default and records them", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/oracle"), ctx);
    const sent = { stream_options: { include_usage: true }, temperature: 0, seed: 42 };
    expect(generation.meta?.sent).toEqual(sent);
    const request = JSON.parse((await transcriptLines(ctx, generation))[0]!);
    expect(request.request).toMatchObject({
      method: "POST",
      url: `${shared.url}/v1/chat/completions`,
      body: { ...sent, stream: true },
    });
  });

  it("sends numPredict as max_tokens, with top_p and top_k", async () => {
    const ctx = await itemContext();
    const sampling = { temperature: 0.3, seed: 1, numPredict: 300, topP: 0.95, topK: 20 };
    const generation = await harness.generate(requestFor("sim/oracle", { sampling }), ctx);
    expect(generation.meta?.sent).toEqual({
      stream_options: { include_usage: true },
      temperature: 0.3,
      seed: 1,
      max_tokens: 300,
      top_p: 0.95,
      top_k: 20,
    });
  });

  it("keeps sim/thinker's reasoning apart from its answer and estimates its tokens", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/thinker"), ctx);
    expect(generation.thinking).toBe(ADD_THINKING);
    expect(generation.text).toBe(ADD_ANSWER);
    const { completion = 0, reasoning = 0 } = generation.tokens;
    expect(reasoning).toBeGreaterThan(0);
    expect(reasoning).toBeLessThan(completion);
    expect(generation.meta?.reasoningTokens).toBe("estimated from streamed chunks");
  });

  it("records sim/sloppy's and sim/prose's answers as answers", async () => {
    const ctx = await itemContext();
    expect((await harness.generate(requestFor("sim/sloppy"), ctx)).text).toContain("a - b");
    expect((await harness.generate(requestFor("sim/prose"), ctx)).text).not.toContain("```");
  });

  it("flags sim/truncator's finish_reason length as truncated", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/truncator"), ctx);
    expect(generation).toMatchObject({ doneReason: "length", truncated: true });
    expect(generation.tokens.completion).toBe(
      SIM_MODELS.find((m) => m.behaviour === "truncator")!.truncateAfterTokens,
    );
  });

  it("fails an empty answer as empty_answer and one cut off while reasoning as truncated", async () => {
    const ctx = await itemContext();
    expect(
      await failureOf(harness.generate(requestFor("sim/oracle", { prompt: SILENT_PROMPT }), ctx)),
    ).toMatchObject({
      type: "empty_answer",
      retryable: false,
    });
    const cut = await failureOf(
      harness.generate(
        requestFor("sim/thinker", { sampling: { temperature: 0, seed: 42, numPredict: 4 } }),
        ctx,
      ),
    );
    expect(cut).toMatchObject({ type: "truncated", retryable: false });
    expect(cut.details.generation).toMatchObject({ truncated: true, tokens: { completion: 4 } });
  });

  it("reads llama-server's timings and reasoning_content", async () => {
    const stream = await readFile(
      new URL("../test/fixtures/llama-server-stream.sse", import.meta.url),
      "utf8",
    );
    const server = await fake((_request, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(stream);
    });
    const ctx = await itemContext();
    const generation = await harnessFor(server).generate(requestFor("qwen3-8b"), ctx);
    expect(generation.text).toBe("export const add = (a: number, b: number) => a + b;");
    expect(generation.thinking).toBe("The user wants a sum.");
    expect(generation.tokens).toEqual({ prompt: 31, completion: 18, reasoning: 6 });
    expect(generation.timing).toMatchObject({ promptEvalMs: 62.118, evalMs: 391.552 });
    expect(generation.meta?.timings).toMatchObject({
      prompt_per_second: 499.05,
      predicted_per_second: 45.97,
    });
  });
});

describe("generate failures", () => {
  it("types an unknown model as model_not_found (404), not retryable", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(harness.generate(requestFor("nope:latest"), ctx));
    expect(failure).toMatchObject({ type: "model_not_found", status: 404, retryable: false });
    expect(ctx.written).toEqual([failure.details.transcript]);
  });

  it("types a wrong path (plain-text 404) as http_status with a hint about the base URL", async () => {
    const ctx = await itemContext();
    const wrongPath = createOpenAiHarness(createTestDeps({ baseUrl: `${shared.url}/api` }));
    const failure = await failureOf(wrongPath.generate(requestFor("sim/oracle"), ctx));
    expect(failure).toMatchObject({ type: "http_status", status: 404, retryable: false });
    expect(failure.message).toContain("/v1");
  });

  it("types tools sent to sim/no-tools as tools_unsupported (400)", async () => {
    const ctx = await itemContext();
    const tools = [{ type: "function", function: { name: "read_file", parameters: { type: "object" } } }];
    const failure = await failureOf(harness.generate({ ...requestFor("sim/no-tools"), tools } as never, ctx));
    expect(failure).toMatchObject({ type: "tools_unsupported", status: 400, retryable: false });
  });

  it("types sim/flaky's transient failures as retryable HTTP 500s and connection resets", async () => {
    const ctx = await itemContext();
    const outcomes = new Set<string>();
    for (let attempt = 0; attempt < 20; attempt++) {
      outcomes.add(
        await harness.generate(requestFor("sim/flaky"), ctx).then(
          (generation) => (generation.text === ADD_ANSWER ? "ok" : "wrong answer"),
          (error: unknown) => {
            const failure = readItemFailure(error);
            return failure ? `${failure.type}:${failure.status ?? "-"}:${failure.retryable}` : String(error);
          },
        ),
      );
    }
    expect(outcomes).toEqual(new Set(["ok", "http_status:500:true", "connection_reset:-:true"]));
  });

  it("types a refused connection as connection_refused and dropped connections as connection_reset", async () => {
    const ctx = await itemContext();
    const port = await closedPort();
    expect(
      await failureOf(
        harnessFor({ url: `http://127.0.0.1:${port}` }).generate(requestFor("sim/oracle"), ctx),
      ),
    ).toMatchObject({
      type: "connection_refused",
      retryable: true,
    });
    const dropping = await sim({ faults: { refuseConnections: true } });
    expect(await failureOf(harnessFor(dropping).generate(requestFor("sim/oracle"), ctx))).toMatchObject({
      type: "connection_reset",
      retryable: true,
    });
  });

  it("types a stream that stalls past requestTimeoutMs as timeout, retryable", async () => {
    const server = await sim({ faults: { stallAfterChunks: 3 } });
    const ctx = await itemContext();
    const failure = await failureOf(
      harnessFor(server, { requestTimeoutMs: 200 }).generate(requestFor("sim/oracle"), ctx),
    );
    expect(failure).toMatchObject({ type: "timeout", retryable: true });
  });

  it("reads SSE events split across network chunks", async () => {
    const server = await sim({ faults: { splitLines: true } });
    const ctx = await itemContext();
    const generation = await harnessFor(server).generate(requestFor("sim/thinker"), ctx);
    expect(generation).toMatchObject({ text: ADD_ANSWER, thinking: ADD_THINKING });
  });

  it("types an error event inside the stream as stream_error, retryable", async () => {
    const server = await sim({ faults: { streamError: { afterChunks: 3, message: "runner crashed" } } });
    const ctx = await itemContext();
    const failure = await failureOf(harnessFor(server).generate(requestFor("sim/oracle"), ctx));
    expect(failure).toMatchObject({ type: "stream_error", retryable: true });
    expect(failure.message).toContain("runner crashed");
  });

  it("types an event that is not JSON as invalid_response, not retryable", async () => {
    const server = await sim({ faults: { malformedLine: { afterChunks: 2 } } });
    const ctx = await itemContext();
    expect(await failureOf(harnessFor(server).generate(requestFor("sim/oracle"), ctx))).toMatchObject({
      type: "invalid_response",
      retryable: false,
    });
  });

  it("types a full queue as server_busy (503), retryable", async () => {
    const server = await sim({ numParallel: 1, maxQueue: 0, faults: { stallAfterChunks: 0 } });
    const busy = harnessFor(server);
    const holder = new AbortController();
    const first = busy
      .generate(requestFor("sim/oracle"), await itemContext({ signal: holder.signal }))
      .catch((e: unknown) => e);
    await vi.waitUntil(() => server.stats().inFlight === 1);
    const failure = await failureOf(busy.generate(requestFor("sim/oracle"), await itemContext()));
    expect(failure).toMatchObject({ type: "server_busy", status: 503, retryable: true });
    holder.abort();
    expect(await first).toMatchObject({ name: "AbortError" });
  });

  it("waits for a free slot when the server runs fewer requests at once than benchloop sends", async () => {
    const server = await sim({ numParallel: 2 });
    const parallel = harnessFor(server);
    const texts = await Promise.all(
      Array.from(
        { length: 4 },
        async () => (await parallel.generate(requestFor("sim/oracle"), await itemContext())).text,
      ),
    );
    expect(texts).toEqual(Array(4).fill(ADD_ANSWER));
    expect(server.stats().maxInFlight).toBeLessThanOrEqual(2);
  });

  it("types an item deadline (a TimeoutError abort) as timeout, not retried", async () => {
    const server = await sim({ faults: { stallAfterChunks: 1 } });
    const ctx = await itemContext({ signal: AbortSignal.timeout(150) });
    expect(await failureOf(harnessFor(server).generate(requestFor("sim/oracle"), ctx))).toMatchObject({
      type: "timeout",
      retryable: false,
    });
  });
});

describe("prepare", () => {
  it("warms the model up with a one-token request, timed", async () => {
    const server = await sim();
    const ctx = await itemContext();
    const load = await harnessFor(server).prepare!(
      { model: "sim/oracle", sampling: { temperature: 0, seed: 42 } },
      ctx,
    );
    expect(load.loadMs).toBeGreaterThanOrEqual(0);
    expect(server.stats().loads).toBe(1);
    expect(server.stats().byRoute["POST /v1/chat/completions"]).toBe(1);
  });

  it("warmUp: false sends nothing", async () => {
    const server = await sim();
    const ctx = await itemContext();
    expect(
      await harnessFor(server, { warmUp: false }).prepare!(
        { model: "sim/oracle", sampling: { temperature: 0, seed: 42 } },
        ctx,
      ),
    ).toEqual({
      loadMs: 0,
    });
    expect(server.stats().requests).toBe(0);
  });
});

describe("API key", () => {
  const KEY = "sk-test-5f2c9a7e1b3d4c6a8e0f";

  it("is sent as a Bearer token from the variable apiKeyEnv names", async () => {
    const stream = await readFile(
      new URL("../test/fixtures/llama-server-stream.sse", import.meta.url),
      "utf8",
    );
    const server = await fake((_request, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(stream);
    });
    const ctx = await itemContext();
    await harnessFor(server, { apiKeyEnv: "LOCAL_LLM_KEY" }, { LOCAL_LLM_KEY: KEY }).generate(
      requestFor("qwen3-8b"),
      ctx,
    );
    expect(server.received[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("never appears in generations, transcripts, failures or probe reasons, even when the server echoes it", async () => {
    const server = await fake((request, res) => {
      const echoed = request.headers.authorization ?? "";
      if (request.path.endsWith("/models")) {
        res.writeHead(401, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            error: { message: `Incorrect API key provided: ${echoed}`, code: "invalid_api_key" },
          }),
        );
        return;
      }
      const model = JSON.parse(request.body).model as string;
      if (model === "bad") {
        res.writeHead(401, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `Incorrect API key provided: ${echoed}` } }));
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const chunk = (delta: object, finish: string | null) =>
        `data: ${JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.write(chunk({ content: `Your key is ${echoed}.` }, null));
      if (model === "crash") {
        res.end(`data: ${JSON.stringify({ error: { message: `backend failed for ${echoed}` } })}\n\n`);
        return;
      }
      res.end(`${chunk({}, "stop")}data: [DONE]\n\n`);
    });
    const keyed = harnessFor(server, {}, { OPENAI_API_KEY: KEY });
    const ctx = await itemContext();
    const seen: string[] = [];

    const probe = await keyed.probe(ctx);
    expect(probe.available).toBe(false);
    seen.push(JSON.stringify(probe));

    const generation = await keyed.generate(requestFor("echo"), ctx);
    expect(generation.text).toBe("Your key is Bearer ***.");
    seen.push(JSON.stringify(generation));

    for (const model of ["bad", "crash"]) {
      const error = await keyed.generate(requestFor(model), ctx).catch((thrown: unknown) => thrown);
      expect(readItemFailure(error)).toBeDefined();
      seen.push(
        String(error),
        JSON.stringify(readItemFailure(error)),
        JSON.stringify((error as { details: unknown }).details),
      );
    }
    expect(
      readItemFailure(await keyed.generate(requestFor("bad"), ctx).catch((e: unknown) => e)),
    ).toMatchObject({
      type: "http_status",
      status: 401,
      retryable: false,
    });
    for (const path of ctx.written) seen.push(await ctx.readArtifact(path));

    expect(ctx.written.length).toBeGreaterThanOrEqual(3);
    expect(server.received.every((request) => request.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    for (const text of seen) expect(text).not.toContain(KEY);
    expect(seen.join("\n")).toContain("***");
  });
});
