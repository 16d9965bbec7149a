// The `ollama` harness: talks to Ollama's native API over the kit's recorded exchanges, streaming each
// answer as NDJSON, timing it, keeping the raw exchange as an artifact and typing every failure where
// it happens. What is Ollama's own lives here: the address rules, `/api/show` facts, warm-up, unload
// and VRAM samples.
import type {
  ComponentContext,
  ComponentDeps,
  FollowUpRequest,
  Generation,
  Harness,
  ItemContext,
  LoadInfo,
  ModelInfo,
  PrepareInput,
  ProbeResult,
} from "@benchloop/core";
import { configInvalid, readItemFailure } from "@benchloop/core";
import {
  createExchangeRunner,
  emptyAnswerFailure,
  errorMessage,
  type ServerDescription,
} from "@benchloop/http-harness-kit";
import type { GenerateResponse, ListResponse, ShowResponse } from "ollama";
import { DEFAULT_OLLAMA_URL, toOllamaBaseUrl } from "./base-url.js";
import { type ToolRequest, toChatRequest, toOllamaOptions } from "./chat-request.js";
import { createChatCollector } from "./chat-stream.js";
import type { OllamaHarnessConfig } from "./config-schema.js";
import { readShowFacts, type ShowFacts, toModelInfo } from "./model-facts.js";
import { toGeneration } from "./to-generation.js";

/** The artifact name of the raw exchange of one item. */
export { TRANSCRIPT_ARTIFACT } from "@benchloop/http-harness-kit";

/** How many `/api/show` requests `listModels` keeps in flight. */
const SHOW_CONCURRENCY = 4;

/** How failure messages speak of Ollama. */
const OLLAMA: ServerDescription = {
  name: "Ollama",
  configSection: "harnesses.ollama",
  startHint:
    "Start it with `ollama serve`, or set harnesses.ollama.baseUrl, --ollama-url or OLLAMA_HOST to where it runs.",
  notJsonHint: "Check that harnesses.ollama.baseUrl points at an Ollama server.",
  wrongPathHint:
    "This does not look like Ollama's API; check harnesses.ollama.baseUrl (no /v1 suffix; use the openai harness for /v1).",
  modelHint: (model) => `Pull it with \`ollama pull ${model}\` or choose one that \`ollama list\` shows.`,
  busyHint: "Its request queue is full (OLLAMA_MAX_QUEUE).",
};

/**
 * Creates the `ollama` harness from its dependencies. The address comes from `baseUrl`, else the
 * OLLAMA_HOST secret, else http://127.0.0.1:11434. Creating it does no I/O.
 */
export function createOllamaHarness(deps: ComponentDeps<OllamaHarnessConfig>): Harness {
  const config = deps.config;
  const fromEnv = config.baseUrl === undefined ? deps.secrets.get("OLLAMA_HOST") : undefined;
  const written = config.baseUrl ?? fromEnv ?? DEFAULT_OLLAMA_URL;
  const baseUrl = toOllamaBaseUrl(written);
  const configPath = config.baseUrl === undefined ? "env.OLLAMA_HOST" : "harnesses.ollama.baseUrl";
  const addressProblem =
    baseUrl === undefined
      ? `${config.baseUrl === undefined ? "OLLAMA_HOST" : "harnesses.ollama.baseUrl"} is ${JSON.stringify(written)}, which is not an Ollama address; write it as http://127.0.0.1:11434 or host:port.`
      : undefined;
  const endpoint = baseUrl ?? written;
  const showFacts = new Map<string, ShowFacts>();
  let simulated = false;

  /** The base URL; an address that is not one fails every call with the config path and the fix. */
  function requireBaseUrl(): string {
    if (baseUrl === undefined) throw configInvalid([{ path: configPath, message: addressProblem ?? "" }]);
    return baseUrl;
  }

  const runner = createExchangeRunner({
    baseUrl: requireBaseUrl,
    idleTimeoutMs: config.requestTimeoutMs,
    server: OLLAMA,
  });

  async function show(model: string, ctx: ComponentContext): Promise<ShowFacts | undefined> {
    const known = showFacts.get(model);
    if (known) return known;
    try {
      const answer = await runner.run(ctx.signal, { operation: "model details", model }, (exchange) =>
        exchange.postJson("/api/show", { model }),
      );
      const facts = readShowFacts(answer as Partial<ShowResponse>);
      showFacts.set(model, facts);
      return facts;
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      ctx.logger.warn(`ollama: no details for ${model}`, { reason: errorMessage(error) });
      return undefined;
    }
  }

  /** Loads (keepAlive) or unloads (0) a model with an empty prompt, as `ollama run` does. */
  const load = (signal: AbortSignal, operation: string, model: string, body: Record<string, unknown>) =>
    runner.run(
      signal,
      { operation, model },
      async (exchange) =>
        (await exchange.postJson("/api/generate", {
          model,
          prompt: "",
          stream: false,
          ...body,
        })) as GenerateResponse,
    );

  return {
    async probe(ctx): Promise<ProbeResult> {
      if (addressProblem) return { available: false, endpoint, reason: addressProblem };
      try {
        const version = await runner.run(ctx.signal, { operation: "version check" }, async (exchange) => {
          const answer = (await exchange.getJson("/api/version")) as { version?: string };
          simulated = exchange.facts.simulated;
          return answer.version;
        });
        const result: ProbeResult = { available: true, version, endpoint };
        if (simulated) result.simulated = true;
        return result;
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        return { available: false, endpoint, reason: errorMessage(error) };
      }
    },

    async listModels(ctx, query): Promise<ModelInfo[]> {
      const all = await runner.run(ctx.signal, { operation: "model listing" }, async (exchange) => {
        const list = (await exchange.getJson("/api/tags")) as Partial<ListResponse>;
        simulated ||= exchange.facts.simulated;
        return list.models ?? [];
      });
      // Only the models the run names are described (one /api/show each).
      const wanted = query?.names ? new Set(query.names) : undefined;
      const listed = wanted ? all.filter((entry) => wanted.has(entry.name || entry.model)) : all;
      const models: ModelInfo[] = new Array(listed.length);
      let next = 0;
      const worker = async () => {
        while (next < listed.length) {
          const index = next++;
          const entry = listed[index]!;
          models[index] = toModelInfo(entry, await show(entry.name || entry.model, ctx), simulated);
        }
      };
      await Promise.all(Array.from({ length: Math.min(SHOW_CONCURRENCY, listed.length) }, worker));
      return models;
    },

    async prepare(input: PrepareInput, ctx): Promise<LoadInfo> {
      await show(input.model, ctx);
      const started = deps.clock.monotonic();
      // The warm-up carries the items' options: Ollama reloads a model whose load options (num_ctx) change.
      const options = toOllamaOptions(input.sampling);
      const answer = await load(ctx.signal, "warm-up", input.model, {
        keep_alive: config.keepAlive,
        options,
      });
      const wallMs = deps.clock.monotonic() - started;
      const serverLoadMs =
        answer.load_duration > 0 ? Math.round(answer.load_duration / 1000) / 1000 : undefined;
      return { loadMs: serverLoadMs ?? wallMs };
    },

    async generate(request: ToolRequest, ctx: ItemContext): Promise<Generation> {
      const chat = toChatRequest(request, config);
      const sent = {
        options: chat.options,
        keep_alive: chat.keep_alive,
        ...(chat.think === undefined ? {} : { think: chat.think }),
      };
      const contextLimit = request.sampling.numCtx ?? showFacts.get(request.model)?.numCtx;
      const purpose = {
        operation: "generation",
        model: request.model,
        toolsSent: Boolean(chat.tools?.length),
      };
      const started = deps.clock.monotonic();
      const { value: outcome, transcript } = await runner.runItem(ctx, purpose, async (exchange) => {
        const collector = createChatCollector(deps.clock, started);
        await exchange.stream("/api/chat", chat, "ndjson", collector.add);
        return collector.finish();
      });
      const wallMs = deps.clock.monotonic() - started;
      const generation = toGeneration({ outcome, wallMs, contextLimit, transcript, sent });
      const empty = emptyAnswerFailure(generation, {
        model: request.model,
        where: `Ollama at ${requireBaseUrl()}`,
        reasonField: "done_reason",
        limitHint: "Raise sampling.numPredict or sampling.numCtx.",
      });
      if (empty) throw empty;
      return generation;
    },

    // A repair round: the same /api/chat call with the conversation so far before the new prompt.
    followUp(request: FollowUpRequest, ctx: ItemContext): Promise<Generation> {
      return this.generate(request, ctx);
    },

    async release(input, ctx): Promise<void> {
      try {
        await load(ctx.signal, "unload", input.model, { keep_alive: 0 });
      } catch (error) {
        // A model the server does not have is not loaded either.
        if (readItemFailure(error)?.type !== "model_not_found") throw error;
      }
    },

    async sampleResources(ctx) {
      try {
        const running = await runner.run(
          ctx.signal,
          { operation: "resource sample" },
          async (exchange) => (await exchange.getJson("/api/ps")) as ListResponse,
        );
        return { vramBytes: running.models.reduce((sum, model) => sum + (model.size_vram ?? 0), 0) };
      } catch {
        return {};
      }
    },
  };
}
