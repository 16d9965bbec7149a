import { createServer } from "node:net";
import type { Failure, Generation, Harness } from "@benchloop/core";
import { GenerationSchema, ModelInfoSchema, readItemFailure } from "@benchloop/core";
import { SIM_MODELS, type SimOptions, type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDeps, createTestItemContext, type TestItemContext } from "../test/item-context.js";
import { ADD_ANSWER, ADD_THINKING, requestFor, SILENT_PROMPT, SIM_ANSWERS } from "../test/sim-answers.js";
import { createOllamaHarness } from "./ollama-harness.js";

const contexts: TestItemContext[] = [];
const sims: SimServer[] = [];

async function itemContext(options: Parameters<typeof createTestItemContext>[0] = {}) {
  const ctx = await createTestItemContext(options);
  contexts.push(ctx);
  return ctx;
}

async function sim(options: SimOptions = {}): Promise<SimServer> {
  const server = await startSim({ latencyScale: 0, answers: SIM_ANSWERS, seed: 7, ...options });
  sims.push(server);
  return server;
}

function harnessFor(server: { url: string }, config: Record<string, unknown> = {}): Harness {
  return createOllamaHarness(createTestDeps({ baseUrl: server.url, ...config }));
}

/** The failure an `itemFailure` carries, or fails the test. */
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

/** The raw lines of a transcript artifact, parsed. */
async function transcriptOf(ctx: TestItemContext, generation: Pick<Generation, "transcript">) {
  const text = await ctx.readArtifact(generation.transcript ?? "");
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A port on 127.0.0.1 where nothing listens. */
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
  await Promise.all(sims.splice(0).map((server) => server.close()));
});

describe("probe", () => {
  it("finds Ollama and its version at the configured address, and that ollama-sim declares itself a simulator", async () => {
    const ctx = await itemContext();
    expect(await harness.probe(ctx)).toEqual({
      available: true,
      version: "0.13.5",
      endpoint: shared.url,
      simulated: true,
    });
  });

  it("says nothing answers, where it looked and how to start Ollama", async () => {
    const port = await closedPort();
    const ctx = await itemContext();
    const result = await harnessFor({ url: `http://127.0.0.1:${port}` }).probe(ctx);
    expect(result).toMatchObject({ available: false, endpoint: `http://127.0.0.1:${port}` });
    expect(result.reason).toContain("ECONNREFUSED");
    expect(result.reason).toContain("ollama serve");
  });

  it("reads OLLAMA_HOST written as host:port without a scheme, like Ollama does", async () => {
    const ctx = await itemContext();
    const envHarness = createOllamaHarness(createTestDeps({}, { OLLAMA_HOST: `127.0.0.1:${shared.port}` }));
    expect(await envHarness.probe(ctx)).toMatchObject({
      available: true,
      endpoint: `http://127.0.0.1:${shared.port}`,
    });
  });

  it("prefers baseUrl over OLLAMA_HOST", async () => {
    const ctx = await itemContext();
    const port = await closedPort();
    const both = createOllamaHarness(
      createTestDeps({ baseUrl: shared.url }, { OLLAMA_HOST: `127.0.0.1:${port}` }),
    );
    expect(await both.probe(ctx)).toMatchObject({ available: true });
  });
});

describe("listModels", () => {
  it("lists every model with its digest, size, parameters, quantization, context length and capabilities", async () => {
    const ctx = await itemContext();
    const models = await harness.listModels!(ctx);
    expect(models.map((model) => model.name)).toEqual(SIM_MODELS.map((model) => model.name));
    for (const model of models) ModelInfoSchema.parse(model);
    const thinker = SIM_MODELS.find((model) => model.behaviour === "thinker")!;
    expect(models.find((model) => model.name === thinker.name)).toEqual({
      name: thinker.name,
      digest: thinker.digest,
      family: thinker.family,
      parameterSize: thinker.parameterSize,
      quantization: thinker.quantizationLevel,
      sizeBytes: thinker.sizeBytes,
      contextLength: thinker.contextLength,
      capabilities: ["completion", "tools", "thinking"],
      simulated: true,
    });
  });

  it("describes only the models a run names, with one /api/show request for each", async () => {
    const ctx = await itemContext();
    const named = [SIM_MODELS[2]!.name, SIM_MODELS[0]!.name, "absent/model:latest"];
    const before = shared.stats().byRoute["POST /api/show"] ?? 0;
    const fresh = createOllamaHarness(createTestDeps({ baseUrl: shared.url }));
    const models = await fresh.listModels!(ctx, { names: named });
    expect(models.map((model) => model.name)).toEqual([SIM_MODELS[0]!.name, SIM_MODELS[2]!.name]);
    expect(models[1]).toMatchObject({ digest: SIM_MODELS[2]!.digest, simulated: true });
    expect((shared.stats().byRoute["POST /api/show"] ?? 0) - before).toBe(2);
  });
});

describe("generate", () => {
  it("streams sim/oracle's reference answer with tokens, server timings in ms and TTFT", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/oracle"), ctx);
    GenerationSchema.parse(generation);
    expect(generation.text).toBe(ADD_ANSWER);
    expect(generation.thinking).toBeUndefined();
    expect(generation).toMatchObject({ doneReason: "stop", truncated: false });
    expect(generation.timing.ttftMs).toBeGreaterThanOrEqual(0);
    expect(generation.timing.ttftMs).toBeLessThanOrEqual(generation.timing.wallMs);

    const lines = await transcriptOf(ctx, generation);
    const final = lines.at(-1) as Record<string, number>;
    expect(final.done).toBe(true);
    expect(generation.tokens).toEqual({ prompt: final.prompt_eval_count, completion: final.eval_count });
    expect(generation.tokens.completion).toBeGreaterThan(0);
    const ms = (ns: number) => Math.round(ns / 1000) / 1000;
    expect(generation.timing).toMatchObject({
      loadMs: ms(final.load_duration!),
      promptEvalMs: ms(final.prompt_eval_duration!),
      evalMs: ms(final.eval_duration!),
      modelMs: ms(final.total_duration!),
    });
  });

  it("sends temperature 0 and the seed by default and records what it sent", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/oracle"), ctx);
    expect(generation.meta?.sent).toEqual({ options: { temperature: 0, seed: 42 }, keep_alive: "5m" });
    const [request] = await transcriptOf(ctx, generation);
    expect(request).toMatchObject({
      request: {
        method: "POST",
        url: `${shared.url}/api/chat`,
        body: { model: "sim/oracle", stream: true, keep_alive: "5m", options: { temperature: 0, seed: 42 } },
      },
    });
  });

  it("sends num_predict, num_ctx, top_p, top_k, think and keep_alive when set", async () => {
    const ctx = await itemContext();
    const configured = harnessFor(shared, { keepAlive: "1h", think: "high" });
    const sampling = { temperature: 0.2, seed: 9, numPredict: 400, numCtx: 8192, topP: 0.9, topK: 40 };
    const generation = await configured.generate(requestFor("sim/thinker", { sampling }), ctx);
    const sent = {
      options: { temperature: 0.2, seed: 9, num_predict: 400, num_ctx: 8192, top_p: 0.9, top_k: 40 },
      keep_alive: "1h",
      think: "high",
    };
    expect(generation.meta?.sent).toEqual(sent);
    const [request] = await transcriptOf(ctx, generation);
    expect((request as { request: { body: unknown } }).request.body).toMatchObject(sent);
  });

  it("lets the run's sampling.think override the harness's think", async () => {
    const ctx = await itemContext();
    const configured = harnessFor(shared, { think: true });
    const generation = await configured.generate(
      requestFor("sim/thinker", { sampling: { temperature: 0, seed: 42, think: false } }),
      ctx,
    );
    expect(generation.meta?.sent).toMatchObject({ think: false });
    expect(generation.thinking).toBeUndefined();
  });

  it("keeps sim/thinker's thinking apart from its answer and counts it", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/thinker"), ctx);
    expect(generation.thinking).toBe(ADD_THINKING);
    expect(generation.text).toBe(ADD_ANSWER);
    const { completion = 0, reasoning = 0 } = generation.tokens;
    expect(reasoning).toBeGreaterThan(0);
    expect(reasoning).toBeLessThan(completion);
    expect(generation.meta?.reasoningTokens).toBe("estimated from streamed chunks");
    expect(generation.timing.ttftMs).toBeGreaterThanOrEqual(0);
  });

  it("records sim/sloppy's flawed answer and sim/prose's refusal as answers (scoring judges them)", async () => {
    const ctx = await itemContext();
    const sloppy = await harness.generate(requestFor("sim/sloppy"), ctx);
    expect(sloppy.text).toContain("a - b");
    const prose = await harness.generate(requestFor("sim/prose"), ctx);
    expect(prose.text).not.toContain("```");
    expect(prose.text.length).toBeGreaterThan(0);
  });

  it("flags sim/truncator's done_reason length as truncated", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/truncator"), ctx);
    expect(generation).toMatchObject({ doneReason: "length", truncated: true });
    expect(generation.tokens.completion).toBe(
      SIM_MODELS.find((m) => m.behaviour === "truncator")!.truncateAfterTokens,
    );
    expect(ADD_ANSWER.startsWith(generation.text)).toBe(true);
  });

  it("flags a prompt that filled num_ctx as truncated", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(
      requestFor("sim/oracle", { sampling: { temperature: 0, seed: 42, numCtx: 10 } }),
      ctx,
    );
    expect(generation.tokens.prompt).toBe(10);
    expect(generation).toMatchObject({
      truncated: true,
      doneReason: "stop",
      meta: { promptTruncated: true, contextLimit: 10 },
    });
  });

  it("fails an empty answer as empty_answer, keeping the partial generation and transcript", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(
      harness.generate(requestFor("sim/oracle", { prompt: SILENT_PROMPT }), ctx),
    );
    expect(failure).toMatchObject({ type: "empty_answer", retryable: false });
    expect(failure.message).toContain("sim/oracle");
    expect(failure.details.generation).toMatchObject({ text: "", doneReason: "stop" });
    expect(ctx.written).toEqual([failure.details.transcript]);
  });

  it("fails an answer cut off while thinking as truncated, not completed", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(
      harness.generate(
        requestFor("sim/thinker", { sampling: { temperature: 0, seed: 42, numPredict: 5 } }),
        ctx,
      ),
    );
    expect(failure).toMatchObject({ type: "truncated", retryable: false });
    expect(failure.details.generation).toMatchObject({
      doneReason: "length",
      truncated: true,
      tokens: { reasoning: 5 },
    });
  });

  it("writes the raw exchange: the request, then every NDJSON line as received", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(requestFor("sim/oracle"), ctx);
    const lines = await transcriptOf(ctx, generation);
    expect(lines[1]).toEqual({ response: { status: 200 } });
    const chunks = lines.slice(2) as { message: { content: string }; done: boolean }[];
    expect(chunks.map((chunk) => chunk.message.content).join("")).toBe(ADD_ANSWER);
    expect(chunks.filter((chunk) => chunk.done)).toHaveLength(1);
    expect(generation.transcript).toMatch(/transcript\.ndjson$/);
  });
});

describe("generate failures", () => {
  it("types an unknown model as model_not_found (404), not retryable", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(harness.generate(requestFor("nope:latest"), ctx));
    expect(failure).toMatchObject({ type: "model_not_found", status: 404, retryable: false });
    expect(failure.message).toContain("ollama pull nope:latest");
    expect(ctx.written).toEqual([failure.details.transcript]);
  });

  it("types tools sent to sim/no-tools as tools_unsupported (400)", async () => {
    const ctx = await itemContext();
    const tools = [{ type: "function", function: { name: "read_file", parameters: { type: "object" } } }];
    const failure = await failureOf(harness.generate({ ...requestFor("sim/no-tools"), tools } as never, ctx));
    expect(failure).toMatchObject({ type: "tools_unsupported", status: 400, retryable: false });
  });

  it("types think sent to a model without thinking as a plain HTTP 400, not retryable", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(
      harness.generate(
        requestFor("sim/oracle", { sampling: { temperature: 0, seed: 42, think: true } }),
        ctx,
      ),
    );
    expect(failure).toMatchObject({ type: "http_status", status: 400, retryable: false });
    expect(failure.message).toContain("does not support thinking");
  });

  it("types sim/flaky's transient failures as retryable HTTP 500s and connection resets", async () => {
    const ctx = await itemContext();
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const result = await harness.generate(requestFor("sim/flaky"), ctx).then(
        (generation) => (generation.text === ADD_ANSWER ? "ok" : "wrong answer"),
        (error: unknown) => {
          const failure = readItemFailure(error);
          return failure ? `${failure.type}:${failure.status ?? "-"}:${failure.retryable}` : String(error);
        },
      );
      outcomes.push(result);
    }
    expect(new Set(outcomes)).toEqual(new Set(["ok", "http_status:500:true", "connection_reset:-:true"]));
  });

  it("types a refused connection as connection_refused, retryable", async () => {
    const ctx = await itemContext();
    const port = await closedPort();
    const failure = await failureOf(
      harnessFor({ url: `http://127.0.0.1:${port}` }).generate(requestFor("sim/oracle"), ctx),
    );
    expect(failure).toMatchObject({ type: "connection_refused", retryable: true });
    expect(failure.message).toContain(`http://127.0.0.1:${port}`);
  });

  it("types a server that drops every connection as connection_reset, retryable", async () => {
    const server = await sim({ faults: { refuseConnections: true } });
    const ctx = await itemContext();
    const failure = await failureOf(harnessFor(server).generate(requestFor("sim/oracle"), ctx));
    expect(failure).toMatchObject({ type: "connection_reset", retryable: true });
  });

  it("types a stream that stalls past requestTimeoutMs as timeout, retryable", async () => {
    const server = await sim({ faults: { stallAfterChunks: 3 } });
    const ctx = await itemContext();
    const failure = await failureOf(
      harnessFor(server, { requestTimeoutMs: 200 }).generate(requestFor("sim/oracle"), ctx),
    );
    expect(failure).toMatchObject({ type: "timeout", retryable: true });
    expect(failure.message).toContain("requestTimeoutMs");
  });

  it("reads NDJSON lines split across network chunks", async () => {
    const server = await sim({ faults: { splitLines: true } });
    const ctx = await itemContext();
    const generation = await harnessFor(server).generate(requestFor("sim/thinker"), ctx);
    expect(generation.text).toBe(ADD_ANSWER);
    expect(generation.thinking).toBe(ADD_THINKING);
  });

  it("types an {error} inside the stream as stream_error with the server's message, retryable", async () => {
    const server = await sim({ faults: { streamError: { afterChunks: 3, message: "runner crashed" } } });
    const ctx = await itemContext();
    const failure = await failureOf(harnessFor(server).generate(requestFor("sim/oracle"), ctx));
    expect(failure).toMatchObject({ type: "stream_error", retryable: true });
    expect(failure.message).toContain("runner crashed");
  });

  it("types a line that is not JSON as invalid_response, not retryable, instead of skipping it", async () => {
    const server = await sim({ faults: { malformedLine: { afterChunks: 2 } } });
    const ctx = await itemContext();
    const failure = await failureOf(harnessFor(server).generate(requestFor("sim/oracle"), ctx));
    expect(failure).toMatchObject({ type: "invalid_response", retryable: false });
  });

  it("types a full queue (OLLAMA_MAX_QUEUE) as server_busy (503), retryable", async () => {
    const server = await sim({ numParallel: 1, maxQueue: 0, faults: { stallAfterChunks: 0 } });
    const busy = harnessFor(server);
    const holder = new AbortController();
    const first = busy.generate(requestFor("sim/oracle"), await itemContext({ signal: holder.signal }));
    const firstOutcome = first.catch((error: unknown) => error);
    await vi.waitUntil(() => server.stats().inFlight === 1);
    const failure = await failureOf(busy.generate(requestFor("sim/oracle"), await itemContext()));
    expect(failure).toMatchObject({ type: "server_busy", status: 503, retryable: true });
    holder.abort();
    expect(await firstOutcome).toMatchObject({ name: "AbortError" });
  });

  it("waits for a free slot when Ollama serves fewer requests at once than benchloop sends", async () => {
    const server = await sim({ numParallel: 2 });
    const parallel = harnessFor(server);
    const generations = await Promise.all(
      Array.from({ length: 4 }, async () => parallel.generate(requestFor("sim/oracle"), await itemContext())),
    );
    expect(generations.map((generation) => generation.text)).toEqual(Array(4).fill(ADD_ANSWER));
    expect(server.stats().maxInFlight).toBeLessThanOrEqual(2);
  });

  it("stops when the item's signal aborts: an AbortError the kernel types", async () => {
    const server = await sim({ faults: { stallAfterChunks: 1 } });
    const controller = new AbortController();
    const ctx = await itemContext({ signal: controller.signal });
    const pending = harnessFor(server)
      .generate(requestFor("sim/oracle"), ctx)
      .catch((error: unknown) => error);
    await vi.waitUntil(() => server.stats().inFlight === 1);
    controller.abort();
    expect(await pending).toMatchObject({ name: "AbortError" });
  });

  it("types an item deadline (a TimeoutError abort) as timeout, not retried", async () => {
    const server = await sim({ faults: { stallAfterChunks: 1 } });
    const ctx = await itemContext({ signal: AbortSignal.timeout(150) });
    const failure = await failureOf(harnessFor(server).generate(requestFor("sim/oracle"), ctx));
    expect(failure).toMatchObject({ type: "timeout", retryable: false });
  });
});

describe("prepare, release and sampleResources", () => {
  it("loads the model with an empty prompt, times it, reports its VRAM, and unloads it", async () => {
    const server = await sim();
    const local = harnessFor(server);
    const ctx = await itemContext();
    expect(await local.sampleResources!(ctx)).toEqual({ vramBytes: 0 });

    const load = await local.prepare!({ model: "sim/oracle", sampling: { temperature: 0, seed: 42 } }, ctx);
    expect(load.loadMs).toBeGreaterThanOrEqual(0);
    expect(server.stats().loads).toBe(1);
    expect(server.stats().byRoute["POST /api/generate"]).toBe(1);
    const oracle = SIM_MODELS.find((model) => model.behaviour === "oracle")!;
    expect(await local.sampleResources!(ctx)).toEqual({ vramBytes: oracle.sizeVramBytes });

    await local.generate(requestFor("sim/oracle"), ctx);
    expect(server.stats().loads).toBe(1);

    await local.release!({ model: "sim/oracle" }, ctx);
    expect(await local.sampleResources!(ctx)).toEqual({ vramBytes: 0 });
  });

  it("warms up with the run's num_ctx so the first item does not reload the model", async () => {
    const server = await sim();
    const local = harnessFor(server);
    const ctx = await itemContext();
    await local.prepare!({ model: "sim/oracle", sampling: { temperature: 0, seed: 42, numCtx: 8192 } }, ctx);
    await local.generate(
      requestFor("sim/oracle", { sampling: { temperature: 0, seed: 42, numCtx: 8192 } }),
      ctx,
    );
    expect(server.stats().loads).toBe(1);
  });

  it("types a warm-up of an unknown model as model_not_found, and releasing it is a no-op", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(
      harness.prepare!({ model: "nope:latest", sampling: { temperature: 0, seed: 42 } }, ctx),
    );
    expect(failure).toMatchObject({ type: "model_not_found", retryable: false });
    await expect(harness.release!({ model: "nope:latest" }, ctx)).resolves.toBeUndefined();
  });

  it("reports no VRAM figure, without failing, when Ollama does not answer", async () => {
    const ctx = await itemContext();
    const port = await closedPort();
    expect(await harnessFor({ url: `http://127.0.0.1:${port}` }).sampleResources!(ctx)).toEqual({});
  });
});
