// benchloop-harness-llama-server: an example third-party harness for llama.cpp's `llama-server`,
// written against @benchloop/http-harness-kit. The kit does the HTTP exchange, the idle deadline, the
// transcript, the failure types and the OpenAI-compatible stream; this file says where the server is,
// how `/health` reads, and what `/v1/models` lists.
import type { ComponentDeps, Harness, ProbeResult } from "@benchloop/core";
import { definePlugin, readItemFailure, z } from "@benchloop/core";
import {
  baseUrlField,
  type ChatToolRequest,
  createExchangeRunner,
  errorMessage,
  generateChatCompletion,
  readModelList,
  requestTimeoutField,
  type ServerDescription,
  toOpenAiBaseUrl,
} from "@benchloop/http-harness-kit";

/** Options of the harness (`harnesses.llama-server` in benchloop.config.json). */
export const LlamaServerOptionsSchema = z
  .object({
    baseUrl: baseUrlField({
      toBaseUrl: toOpenAiBaseUrl,
      invalidMessage: "is not an http(s) URL; write it as http://127.0.0.1:8080",
      description: "Where llama-server listens (`--host`/`--port`), with or without /v1.",
    }).default("http://127.0.0.1:8080"),
    apiKeyEnv: z
      .string()
      .regex(/^[A-Za-z_]\w*$/, "must be an environment variable name")
      .default("LLAMA_API_KEY")
      .describe("Environment variable holding llama-server's `--api-key`; unset: no key is sent."),
    requestTimeoutMs: requestTimeoutField("llama-server's"),
  })
  .strict();

/** How failure messages speak of llama-server. */
const LLAMA_SERVER: ServerDescription = {
  name: "llama-server",
  configSection: "harnesses.llama-server",
  startHint: "Start it with `llama-server -m model.gguf --port 8080`, or set harnesses.llama-server.baseUrl.",
  notJsonHint: "Check that harnesses.llama-server.baseUrl points at llama-server.",
  wrongPathHint: "This does not look like llama-server; check harnesses.llama-server.baseUrl.",
  modelHint: (_model, baseUrl) =>
    `llama-server serves the model it was started with; see GET ${baseUrl}/models.`,
  busyHint: "All its slots are busy (`--parallel`).",
  authHint: "Check the key in harnesses.llama-server.apiKeyEnv against llama-server's --api-key.",
};

/** Creates the harness; creating it does no I/O. */
export function createLlamaServerHarness(deps: ComponentDeps): Harness {
  const options = LlamaServerOptionsSchema.parse(deps.config ?? {});
  const api = toOpenAiBaseUrl(options.baseUrl) ?? options.baseUrl;
  const root = api.replace(/\/v1$/, "");
  const shared = {
    apiKey: deps.secrets.get(options.apiKeyEnv) || undefined,
    idleTimeoutMs: options.requestTimeoutMs,
    server: LLAMA_SERVER,
  };
  const runner = createExchangeRunner({ ...shared, baseUrl: () => api });
  const health = createExchangeRunner({ ...shared, baseUrl: () => root });
  const models = (signal: AbortSignal) =>
    runner.run(signal, { operation: "model listing" }, (exchange) => exchange.getJson("/models"));

  return {
    async probe(ctx): Promise<ProbeResult> {
      try {
        // llama-server answers /health with 503 while it loads the model; servers without it, 404.
        await health.run(ctx.signal, { operation: "health check" }, (exchange) =>
          exchange.getJson("/health"),
        );
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        if (readItemFailure(error)?.status !== 404)
          return { available: false, endpoint: root, reason: errorMessage(error) };
      }
      try {
        await models(ctx.signal);
        return { available: true, endpoint: root };
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        return { available: false, endpoint: root, reason: errorMessage(error) };
      }
    },
    listModels: async (ctx) => readModelList(await models(ctx.signal)),
    generate: (request: ChatToolRequest, ctx) =>
      generateChatCompletion(request, ctx, { runner, clock: deps.clock, where: `llama-server at ${root}` }),
  };
}

/** The plugin registering the `llama-server` harness; also the default export. */
export const llamaServerHarnessPlugin = definePlugin({
  name: "benchloop-harness-llama-server",
  apiVersion: 1,
  register(r) {
    r.harness("llama-server", (deps) => createLlamaServerHarness(deps), {
      configSchema: LlamaServerOptionsSchema,
      capabilities: { tools: true, thinking: true, ttft: true, streaming: true },
      description: "llama.cpp's llama-server: /health, /v1/models and streamed /v1/chat/completions.",
    });
  },
});

export default llamaServerHarnessPlugin;
