// The `openai` harness: streams chat completions from any OpenAI-compatible server (llama-server,
// LM Studio, vLLM, Ollama's /v1) over plain fetch, keeps the raw exchange, types every failure, and
// never lets the API key reach results, errors or artifacts. The exchange, the failure types and the
// chat-completion stream come from @benchloop/http-harness-kit; here is what is this harness's own:
// where the server and key come from, and the one-token warm-up.
import type { ComponentDeps, FollowUpRequest, GenerateRequest, Harness } from "@benchloop/core";
import { configInvalid } from "@benchloop/core";
import {
  type ChatToolRequest,
  createExchangeRunner,
  errorMessage,
  generateChatCompletion,
  readModelList,
  type ServerDescription,
  streamChatCompletion,
  toOpenAiBaseUrl,
} from "@benchloop/http-harness-kit";
import type { OpenAiHarnessConfig } from "./config-schema.js";

/** The artifact name of the raw exchange of one item. */
export { TRANSCRIPT_ARTIFACT } from "@benchloop/http-harness-kit";

/** How failure messages speak of an OpenAI-compatible server. */
function describeServer(apiKeyEnv: string): ServerDescription {
  return {
    name: "server",
    configSection: "harnesses.openai",
    startHint: "Start the server, or set harnesses.openai.baseUrl or OPENAI_BASE_URL to where it runs.",
    notJsonHint:
      "Check that harnesses.openai.baseUrl points at an OpenAI-compatible API (usually ending in /v1).",
    wrongPathHint:
      "This does not look like an OpenAI-compatible API; check harnesses.openai.baseUrl (it usually ends in /v1).",
    modelHint: (_model, baseUrl) => `Choose one that GET ${baseUrl}/models lists.`,
    authHint: `Check the API key in the environment variable ${apiKeyEnv} (harnesses.openai.apiKeyEnv).`,
  };
}

/**
 * Creates the `openai` harness. The base URL comes from `baseUrl`, else the OPENAI_BASE_URL secret;
 * the key from the secret named by `apiKeyEnv`. Creating it does no I/O.
 */
export function createOpenAiHarness(deps: ComponentDeps<OpenAiHarnessConfig>): Harness {
  const config = deps.config;
  const written = config.baseUrl ?? deps.secrets.get("OPENAI_BASE_URL");
  const baseUrl = written === undefined ? undefined : toOpenAiBaseUrl(written);
  const configPath = config.baseUrl === undefined ? "env.OPENAI_BASE_URL" : "harnesses.openai.baseUrl";
  const addressProblem =
    written === undefined
      ? "No OpenAI-compatible server is configured: set harnesses.openai.baseUrl (e.g. http://127.0.0.1:8080/v1 for llama-server) or OPENAI_BASE_URL."
      : baseUrl === undefined
        ? `${configPath} is ${JSON.stringify(written)}, which is not an http(s) URL; write it as http://127.0.0.1:8080/v1.`
        : undefined;

  function requireBaseUrl(): string {
    if (baseUrl === undefined) throw configInvalid([{ path: configPath, message: addressProblem ?? "" }]);
    return baseUrl;
  }

  const runner = createExchangeRunner({
    baseUrl: requireBaseUrl,
    apiKey: deps.secrets.get(config.apiKeyEnv) || undefined,
    idleTimeoutMs: config.requestTimeoutMs,
    server: describeServer(config.apiKeyEnv),
  });
  const listing = { operation: "model listing" };

  return {
    async probe(ctx) {
      if (addressProblem)
        return { available: false, reason: addressProblem, ...(written ? { endpoint: written } : {}) };
      try {
        await runner.run(ctx.signal, listing, (exchange) => exchange.getJson("/models"));
        return { available: true, endpoint: requireBaseUrl() };
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        return { available: false, endpoint: requireBaseUrl(), reason: errorMessage(error) };
      }
    },

    async listModels(ctx) {
      return readModelList(await runner.run(ctx.signal, listing, (exchange) => exchange.getJson("/models")));
    },

    async prepare(input, ctx) {
      if (!config.warmUp) return { loadMs: 0 };
      // One token of answer loads the model (Ollama's /v1, LM Studio's JIT loading) apart from the items.
      const warmUp: GenerateRequest = {
        model: input.model,
        prompt: "Hi",
        passType: "blind",
        testId: "warm-up",
        sampling: { temperature: 0, seed: 0, numPredict: 1 },
      };
      const { wallMs } = await runner.run(
        ctx.signal,
        { operation: "warm-up", model: input.model },
        (exchange) => streamChatCompletion(exchange, warmUp, deps.clock),
      );
      return { loadMs: wallMs };
    },

    generate(request: ChatToolRequest, ctx) {
      return generateChatCompletion(request, ctx, { runner, clock: deps.clock, where: requireBaseUrl() });
    },

    // A repair round: the same chat completion with the conversation so far before the new prompt.
    followUp(request: FollowUpRequest, ctx) {
      return generateChatCompletion(request, ctx, { runner, clock: deps.clock, where: requireBaseUrl() });
    },
  };
}
