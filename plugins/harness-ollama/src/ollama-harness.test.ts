import type { Harness } from "@benchloop/core";
import { ModelInfoSchema } from "@benchloop/core";
import {
  ADD_ANSWER,
  closedPort,
  createTestDeps,
  failureOf,
  requestFor,
  type TestItemContext,
  transcriptLines,
} from "@benchloop/http-harness-kit/testing";
import {
  describeRepairRounds,
  describeStreamingHarness,
  useHarnessBench,
} from "@benchloop/http-harness-kit/testing/suite";
import { SIM_MODELS } from "@benchloop/ollama-sim";
import { describe, expect, it } from "vitest";
import { OllamaHarnessConfigSchema } from "./config-schema.js";
import { createOllamaHarness } from "./ollama-harness.js";

/** Deps as the registry gives them: the config parsed once by the harness's schema. */
function testDeps(config: Record<string, unknown> = {}, env: Record<string, string | undefined> = {}) {
  return createTestDeps(OllamaHarnessConfigSchema.parse(config), env);
}

function harnessFor(server: { url: string }, config: Record<string, unknown> = {}): Harness {
  return createOllamaHarness(testDeps({ baseUrl: server.url, ...config }));
}

describeStreamingHarness({ name: "ollama harness", harnessFor });
describeRepairRounds("ollama harness", (server) => harnessFor(server));

const bench = useHarnessBench(harnessFor);
const { itemContext, sim } = bench;

/** The lines of a transcript artifact, parsed. */
async function transcriptOf(ctx: TestItemContext, generation: { transcript?: string }) {
  return (await transcriptLines(ctx, generation)).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("probe", () => {
  it("finds Ollama and its version at the configured address, and that ollama-sim declares itself a simulator", async () => {
    const ctx = await itemContext();
    expect(await bench.harness.probe(ctx)).toEqual({
      available: true,
      version: "0.13.5",
      endpoint: bench.shared.url,
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
    const envHarness = createOllamaHarness(testDeps({}, { OLLAMA_HOST: `127.0.0.1:${bench.shared.port}` }));
    expect(await envHarness.probe(ctx)).toMatchObject({
      available: true,
      endpoint: `http://127.0.0.1:${bench.shared.port}`,
    });
  });

  it("prefers baseUrl over OLLAMA_HOST", async () => {
    const ctx = await itemContext();
    const port = await closedPort();
    const both = createOllamaHarness(
      testDeps({ baseUrl: bench.shared.url }, { OLLAMA_HOST: `127.0.0.1:${port}` }),
    );
    expect(await both.probe(ctx)).toMatchObject({ available: true });
  });
});

describe("listModels", () => {
  it("lists every model with its digest, size, parameters, quantization, context length and capabilities", async () => {
    const ctx = await itemContext();
    const models = await bench.harness.listModels!(ctx);
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
    const before = bench.shared.stats().byRoute["POST /api/show"] ?? 0;
    const fresh = createOllamaHarness(testDeps({ baseUrl: bench.shared.url }));
    const models = await fresh.listModels!(ctx, { names: named });
    expect(models.map((model) => model.name)).toEqual([SIM_MODELS[0]!.name, SIM_MODELS[2]!.name]);
    expect(models[1]).toMatchObject({ digest: SIM_MODELS[2]!.digest, simulated: true });
    expect((bench.shared.stats().byRoute["POST /api/show"] ?? 0) - before).toBe(2);
  });
});

describe("generate", () => {
  it("reads tokens and server timings (nanoseconds to ms) from the final chunk", async () => {
    const ctx = await itemContext();
    const generation = await bench.harness.generate(requestFor("sim/oracle"), ctx);
    const lines = await transcriptOf(ctx, generation);
    const final = lines.at(-1) as Record<string, number>;
    expect(final.done).toBe(true);
    expect(generation.tokens).toEqual({ prompt: final.prompt_eval_count, completion: final.eval_count });
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
    const generation = await bench.harness.generate(requestFor("sim/oracle"), ctx);
    expect(generation.meta?.sent).toEqual({ options: { temperature: 0, seed: 42 }, keep_alive: "5m" });
    const [request] = await transcriptOf(ctx, generation);
    expect(request).toMatchObject({
      request: {
        method: "POST",
        url: `${bench.shared.url}/api/chat`,
        body: { model: "sim/oracle", stream: true, keep_alive: "5m", options: { temperature: 0, seed: 42 } },
      },
    });
  });

  it("sends num_predict, num_ctx, top_p, top_k, think and keep_alive when set", async () => {
    const ctx = await itemContext();
    const configured = harnessFor(bench.shared, { keepAlive: "1h", think: "high" });
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
    const configured = harnessFor(bench.shared, { think: true });
    const generation = await configured.generate(
      requestFor("sim/thinker", { sampling: { temperature: 0, seed: 42, think: false } }),
      ctx,
    );
    expect(generation.meta?.sent).toMatchObject({ think: false });
    expect(generation.thinking).toBeUndefined();
  });

  it("flags a prompt that filled num_ctx as truncated", async () => {
    const ctx = await itemContext();
    const generation = await bench.harness.generate(
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

  it("writes the raw exchange: the request, then every NDJSON line as received", async () => {
    const ctx = await itemContext();
    const generation = await bench.harness.generate(requestFor("sim/oracle"), ctx);
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
    const failure = await failureOf(bench.harness.generate(requestFor("nope:latest"), ctx));
    expect(failure).toMatchObject({ type: "model_not_found", status: 404, retryable: false });
    expect(failure.message).toContain("ollama pull nope:latest");
    expect(ctx.written).toEqual([failure.details.transcript]);
  });

  it("types think sent to a model without thinking as a plain HTTP 400, not retryable", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(
      bench.harness.generate(
        requestFor("sim/oracle", { sampling: { temperature: 0, seed: 42, think: true } }),
        ctx,
      ),
    );
    expect(failure).toMatchObject({ type: "http_status", status: 400, retryable: false });
    expect(failure.message).toContain("does not support thinking");
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
    await local.prepare!({ model: "sim/oracle", sampling: { numCtx: 8192 } } as never, ctx);
    await local.generate(
      requestFor("sim/oracle", { sampling: { temperature: 0, seed: 42, numCtx: 8192 } }),
      ctx,
    );
    expect(server.stats().loads).toBe(1);
  });

  it("types a warm-up of an unknown model as model_not_found, and releasing it is a no-op", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(
      bench.harness.prepare!({ model: "nope:latest", sampling: { temperature: 0, seed: 42 } }, ctx),
    );
    expect(failure).toMatchObject({ type: "model_not_found", retryable: false });
    await expect(bench.harness.release!({ model: "nope:latest" }, ctx)).resolves.toBeUndefined();
  });

  it("reports no VRAM figure, without failing, when Ollama does not answer", async () => {
    const ctx = await itemContext();
    const port = await closedPort();
    expect(await harnessFor({ url: `http://127.0.0.1:${port}` }).sampleResources!(ctx)).toEqual({});
  });
});
