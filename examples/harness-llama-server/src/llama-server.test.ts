import { isPlugin } from "@benchloop/core";
import {
  closedPort,
  createTestDeps,
  harnessConfigIssues,
  probeThroughRegistry,
  requestFor,
  startFakeServer,
  transcriptLines,
} from "@benchloop/http-harness-kit/testing";
import { describeStreamingHarness, useHarnessBench } from "@benchloop/http-harness-kit/testing/suite";
import { SIM_MODELS } from "@benchloop/ollama-sim";
import { describe, expect, it } from "vitest";
import plugin, { createLlamaServerHarness } from "./index.js";

function harnessFor(server: { url: string }, config: Record<string, unknown> = {}, env = {}) {
  return createLlamaServerHarness(createTestDeps({ baseUrl: server.url, ...config }, env));
}

// Everything a streaming harness must do, against ollama-sim's OpenAI-compatible endpoints.
describeStreamingHarness({ name: "llama-server harness", harnessFor });

const bench = useHarnessBench(harnessFor);

describe("benchloop-harness-llama-server", () => {
  it("is a plugin whose harness the registry builds from the run's config", async () => {
    expect(isPlugin(plugin)).toBe(true);
    expect(harnessConfigIssues(plugin, "llama-server", { baseUrl: "ftp://x", extra: 1 })).toEqual([
      "harnesses.llama-server.baseUrl",
      "harnesses.llama-server.extra",
    ]);
    const url = `${bench.shared.url}/v1`;
    expect(await probeThroughRegistry(plugin, "llama-server", { baseUrl: url })).toEqual({
      available: true,
      endpoint: bench.shared.url,
    });
  });

  it("lists the served models and streams an answer over /v1/chat/completions", async () => {
    const ctx = await bench.itemContext();
    expect(await bench.harness.listModels!(ctx)).toEqual(SIM_MODELS.map((model) => ({ name: model.name })));
    const generation = await bench.harness.generate(requestFor("sim/oracle"), ctx);
    const [request] = await transcriptLines(ctx, generation);
    expect(JSON.parse(request!).request.url).toBe(`${bench.shared.url}/v1/chat/completions`);
  });

  it("is not available while llama-server's /health says it is loading the model", async () => {
    const loading = bench.keep(
      await startFakeServer((request, res) => {
        res.writeHead(request.path === "/health" ? 503 : 200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({ error: { code: 503, message: "Loading model", type: "unavailable_error" } }),
        );
      }),
    );
    const probe = await harnessFor(loading).probe(await bench.itemContext());
    expect(probe).toMatchObject({ available: false, endpoint: loading.url });
    expect(probe.reason).toContain("Loading model");
    expect(loading.received.map((request) => request.path)).toEqual(["/health"]);
  });

  it("sends the key from apiKeyEnv and says how to start llama-server when nothing answers", async () => {
    const keyed = bench.keep(
      await startFakeServer((_request, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            status: "ok",
            object: "list",
            data: [{ id: "qwen3-8b", meta: { n_ctx_train: 40960 } }],
          }),
        );
      }),
    );
    const ctx = await bench.itemContext();
    const models = await harnessFor(keyed, { apiKeyEnv: "MY_KEY" }, { MY_KEY: "k-123" }).listModels!(ctx);
    expect(models).toEqual([{ name: "qwen3-8b", contextLength: 40960 }]);
    expect(keyed.received[0]?.headers.authorization).toBe("Bearer k-123");
    const down = await harnessFor({ url: `http://127.0.0.1:${await closedPort()}` }).probe(ctx);
    expect(down).toMatchObject({ available: false });
    expect(down.reason).toContain("llama-server -m");
  });
});
