import { readFile } from "node:fs/promises";
import type { Harness } from "@benchloop/core";
import { readItemFailure } from "@benchloop/core";
import {
  closedPort,
  createTestDeps,
  type FakeServer,
  failureOf,
  requestFor,
  startFakeServer,
  transcriptLines,
} from "@benchloop/http-harness-kit/testing";
import {
  describeRepairRounds,
  describeStreamingHarness,
  useHarnessBench,
} from "@benchloop/http-harness-kit/testing/suite";
import { SIM_MODELS } from "@benchloop/ollama-sim";
import { describe, expect, it } from "vitest";
import { OpenAiHarnessConfigSchema } from "./config-schema.js";
import { createOpenAiHarness } from "./openai-harness.js";

/** Deps as the registry gives them: the config parsed once by the harness's schema. */
function testDeps(config: Record<string, unknown> = {}, env: Record<string, string | undefined> = {}) {
  return createTestDeps(OpenAiHarnessConfigSchema.parse(config), env);
}

function harnessFor(server: { url: string }, config: Record<string, unknown> = {}, env = {}): Harness {
  return createOpenAiHarness(testDeps({ baseUrl: `${server.url}/v1`, ...config }, env));
}

describeStreamingHarness({ name: "openai harness", harnessFor });
describeRepairRounds("openai harness", (server) => harnessFor(server));

const bench = useHarnessBench(harnessFor);
const { itemContext, sim } = bench;
const fake = async (respond: Parameters<typeof startFakeServer>[0]) =>
  bench.keep(await startFakeServer(respond));

/** A server answering every request with llama-server's recorded SSE stream (with `timings`). */
async function llamaServerReplay(): Promise<FakeServer> {
  const stream = await readFile(new URL("../test/fixtures/llama-server-stream.sse", import.meta.url), "utf8");
  return fake((_request, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.end(stream);
  });
}

describe("probe and listModels", () => {
  it("finds the server through GET /models", async () => {
    const ctx = await itemContext();
    expect(await bench.harness.probe(ctx)).toEqual({ available: true, endpoint: `${bench.shared.url}/v1` });
  });

  it("adds /v1 to a bare host and reads OPENAI_BASE_URL when baseUrl is not set", async () => {
    const ctx = await itemContext();
    const fromEnv = createOpenAiHarness(testDeps({}, { OPENAI_BASE_URL: `${bench.shared.url}/` }));
    expect(await fromEnv.probe(ctx)).toEqual({ available: true, endpoint: `${bench.shared.url}/v1` });
  });

  it("says how to configure it when no base URL is given", async () => {
    const ctx = await itemContext();
    const result = await createOpenAiHarness(testDeps({})).probe(ctx);
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
    const models = await bench.harness.listModels!(ctx);
    expect(models).toEqual(SIM_MODELS.map((model) => ({ name: model.name })));
  });
});

describe("generate", () => {
  it("reads tokens from the usage chunk before [DONE]", async () => {
    const ctx = await itemContext();
    const generation = await bench.harness.generate(requestFor("sim/oracle"), ctx);
    const lines = await transcriptLines(ctx, generation);
    expect(lines.at(-1)).toBe("[DONE]");
    const usage = JSON.parse(lines.at(-2)!).usage;
    expect(generation.tokens).toEqual({ prompt: usage.prompt_tokens, completion: usage.completion_tokens });
  });

  it("sends temperature 0, the seed and include_usage by default and records them", async () => {
    const ctx = await itemContext();
    const generation = await bench.harness.generate(requestFor("sim/oracle"), ctx);
    const sent = { stream_options: { include_usage: true }, temperature: 0, seed: 42 };
    expect(generation.meta?.sent).toEqual(sent);
    const request = JSON.parse((await transcriptLines(ctx, generation))[0]!);
    expect(request.request).toMatchObject({
      method: "POST",
      url: `${bench.shared.url}/v1/chat/completions`,
      body: { ...sent, stream: true },
    });
  });

  it("sends numPredict as max_tokens, with top_p and top_k", async () => {
    const ctx = await itemContext();
    const sampling = { temperature: 0.3, seed: 1, numPredict: 300, topP: 0.95, topK: 20 };
    const generation = await bench.harness.generate(requestFor("sim/oracle", { sampling }), ctx);
    expect(generation.meta?.sent).toEqual({
      stream_options: { include_usage: true },
      temperature: 0.3,
      seed: 1,
      max_tokens: 300,
      top_p: 0.95,
      top_k: 20,
    });
  });

  it("reads llama-server's timings and reasoning_content", async () => {
    const server = await llamaServerReplay();
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
  it("types a wrong path (plain-text 404) as http_status with a hint about the base URL", async () => {
    const ctx = await itemContext();
    const wrongPath = createOpenAiHarness(testDeps({ baseUrl: `${bench.shared.url}/api` }));
    const failure = await failureOf(wrongPath.generate(requestFor("sim/oracle"), ctx));
    expect(failure).toMatchObject({ type: "http_status", status: 404, retryable: false });
    expect(failure.message).toContain("/v1");
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
    const server = await llamaServerReplay();
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
