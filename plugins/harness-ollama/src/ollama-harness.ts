// The `ollama` harness: talks to Ollama's native API through the official client, streaming each
// answer, timing it, keeping the raw exchange as an artifact and typing every failure where it happens.
import type {
  ComponentContext,
  ComponentDeps,
  Generation,
  Harness,
  ItemContext,
  LoadInfo,
  ModelInfo,
  PrepareInput,
  ProbeResult,
} from "@benchloop/core";
import { configInvalid, itemFailure, readItemFailure } from "@benchloop/core";
import { Ollama } from "ollama";
import { DEFAULT_OLLAMA_URL, toOllamaBaseUrl } from "./base-url.js";
import { type ToolRequest, toChatRequest, toOllamaOptions } from "./chat-request.js";
import { type ChatOutcome, collectChatStream } from "./chat-stream.js";
import type { OllamaHarnessConfig } from "./config-schema.js";
import { createExchangeRecorder, type ExchangeRecorder } from "./exchange-recorder.js";
import { readShowFacts, type ShowFacts, toModelInfo } from "./model-facts.js";
import { toOllamaFailure } from "./ollama-failure.js";
import { toGeneration } from "./to-generation.js";

/** The artifact name of the raw exchange of one item. */
export const TRANSCRIPT_ARTIFACT = "transcript.ndjson";

/** How many `/api/show` requests `listModels` keeps in flight. */
const SHOW_CONCURRENCY = 4;

/**
 * Creates the `ollama` harness from its dependencies. The address comes from `baseUrl`, else the
 * OLLAMA_HOST secret, else http://127.0.0.1:11434. Creating it does no I/O.
 */
export function createOllamaHarness(deps: ComponentDeps<OllamaHarnessConfig>): Harness {
  const config = deps.config;
  const fromEnv = config.baseUrl === undefined ? deps.secrets.get("OLLAMA_HOST") : undefined;
  const written = config.baseUrl ?? fromEnv ?? DEFAULT_OLLAMA_URL;
  const baseUrl = toOllamaBaseUrl(written);
  const addressProblem =
    baseUrl === undefined
      ? `${config.baseUrl === undefined ? "OLLAMA_HOST" : "harnesses.ollama.baseUrl"} is ${JSON.stringify(written)}, which is not an Ollama address; write it as http://127.0.0.1:11434 or host:port.`
      : undefined;
  const endpoint = baseUrl ?? written;
  const showFacts = new Map<string, ShowFacts>();
  let simulated = false;

  /** The base URL; an address that is not one fails every call with the config path and the fix. */
  function requireBaseUrl(): string {
    if (baseUrl === undefined) {
      throw configInvalid([
        {
          path: config.baseUrl === undefined ? "env.OLLAMA_HOST" : "harnesses.ollama.baseUrl",
          message: addressProblem ?? "",
        },
      ]);
    }
    return baseUrl;
  }

  /** Runs one exchange with a fresh recorder and client; failures come out typed. */
  async function exchange<T>(
    signal: AbortSignal,
    what: { operation: string; model?: string; toolsSent?: boolean },
    run: (client: Ollama, recorder: ExchangeRecorder) => Promise<T>,
  ): Promise<T> {
    const host = requireBaseUrl();
    const recorder = createExchangeRecorder({ signal, idleTimeoutMs: config.requestTimeoutMs });
    try {
      return await run(new Ollama({ host, fetch: recorder.fetch }), recorder);
    } catch (error) {
      throw toOllamaFailure(error, {
        ...what,
        facts: recorder.facts,
        signal,
        baseUrl: host,
        idleTimeoutMs: config.requestTimeoutMs,
      });
    } finally {
      recorder.dispose();
    }
  }

  async function show(model: string, ctx: ComponentContext): Promise<ShowFacts | undefined> {
    const known = showFacts.get(model);
    if (known) return known;
    try {
      const facts = readShowFacts(
        await exchange(ctx.signal, { operation: "model details", model }, (c) => c.show({ model })),
      );
      showFacts.set(model, facts);
      return facts;
    } catch (error) {
      if (ctx.signal.aborted) throw error;
      ctx.logger.warn(`ollama: no details for ${model}`, { reason: errorMessage(error) });
      return undefined;
    }
  }

  return {
    async probe(ctx): Promise<ProbeResult> {
      if (addressProblem) return { available: false, endpoint, reason: addressProblem };
      try {
        const answer = await exchange(
          ctx.signal,
          { operation: "version check" },
          async (client, recorder) => {
            const version = await client.version();
            return { version: version.version, simulated: recorder.facts.simulated };
          },
        );
        simulated = answer.simulated;
        const result: ProbeResult = { available: true, version: answer.version, endpoint };
        if (simulated) result.simulated = true;
        return result;
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        return { available: false, endpoint, reason: errorMessage(error) };
      }
    },

    async listModels(ctx, query): Promise<ModelInfo[]> {
      const all = await exchange(ctx.signal, { operation: "model listing" }, async (client, recorder) => {
        const list = await client.list();
        simulated ||= recorder.facts.simulated;
        return list.models;
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
          const name = entry.name || entry.model;
          models[index] = toModelInfo(entry, await show(name, ctx), simulated);
        }
      };
      await Promise.all(Array.from({ length: Math.min(SHOW_CONCURRENCY, listed.length) }, worker));
      return models;
    },

    async prepare(input: PrepareInput, ctx): Promise<LoadInfo> {
      await show(input.model, ctx);
      const started = deps.clock.monotonic();
      // An empty prompt loads the model and answers at once, as `ollama run` does before the first prompt.
      // It carries the items' options: Ollama reloads a model whose load options (num_ctx) change.
      const options = toOllamaOptions(input.sampling);
      const answer = await exchange(ctx.signal, { operation: "warm-up", model: input.model }, (client) =>
        client.generate({
          model: input.model,
          prompt: "",
          keep_alive: config.keepAlive,
          options,
          stream: false,
        }),
      );
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
      const host = requireBaseUrl();
      const recorder = createExchangeRecorder({ signal: ctx.signal, idleTimeoutMs: config.requestTimeoutMs });
      const started = deps.clock.monotonic();
      let outcome: ChatOutcome;
      try {
        const client = new Ollama({ host, fetch: recorder.fetch });
        outcome = await collectChatStream(await client.chat(chat), deps.clock, started);
      } catch (error) {
        const failure = toOllamaFailure(error, {
          facts: recorder.facts,
          signal: ctx.signal,
          baseUrl: host,
          model: request.model,
          operation: "generation",
          toolsSent: Boolean(chat.tools?.length),
          idleTimeoutMs: config.requestTimeoutMs,
        });
        const transcript = await writeTranscript(recorder, ctx);
        if (transcript) attachDetails(failure, { transcript });
        throw failure;
      } finally {
        recorder.dispose();
      }
      const wallMs = deps.clock.monotonic() - started;
      const transcript = await writeTranscript(recorder, ctx);
      const generation = toGeneration({ outcome, wallMs, contextLimit, transcript, sent });
      if (generation.text.trim() === "" && !generation.toolCalls)
        throw emptyAnswer(generation, request.model, host);
      return generation;
    },

    async release(input, ctx): Promise<void> {
      try {
        await exchange(ctx.signal, { operation: "unload", model: input.model }, (client) =>
          client.generate({ model: input.model, prompt: "", keep_alive: 0, stream: false }),
        );
      } catch (error) {
        // A model the server does not have is not loaded either.
        if (readItemFailure(error)?.type !== "model_not_found") throw error;
      }
    },

    async sampleResources(ctx) {
      try {
        const running = await exchange(ctx.signal, { operation: "resource sample" }, (client) => client.ps());
        return { vramBytes: running.models.reduce((sum, model) => sum + (model.size_vram ?? 0), 0) };
      } catch {
        return {};
      }
    },
  };
}

/** An empty answer is a failure: `truncated` when the token limit cut it off, else `empty_answer`. */
function emptyAnswer(generation: Generation, model: string, endpoint: string): Error {
  const thought = generation.thinking
    ? ` after ${generation.tokens.reasoning ?? "some"} tokens of thinking`
    : "";
  const failure = generation.truncated
    ? itemFailure({
        type: "truncated",
        message: `${model} hit its token limit (done_reason ${generation.doneReason ?? "length"})${thought} before answering. Raise sampling.numPredict or sampling.numCtx.`,
        retryable: false,
      })
    : itemFailure({
        type: "empty_answer",
        message: `${model} on Ollama at ${endpoint} gave an empty answer${thought} (done_reason ${generation.doneReason ?? "unknown"}).`,
        retryable: false,
      });
  attachDetails(failure, {
    generation,
    ...(generation.transcript ? { transcript: generation.transcript } : {}),
  });
  return failure;
}

/** Adds evidence (partial generation, transcript path) to a typed failure's details for the kernel. */
function attachDetails(error: unknown, extra: Record<string, unknown>): void {
  const details = (error as { details?: Record<string, unknown> }).details;
  if (readItemFailure(error) && details) Object.assign(details, extra);
}

async function writeTranscript(
  recorder: ExchangeRecorder | undefined,
  ctx: ItemContext,
): Promise<string | undefined> {
  if (!recorder) return undefined;
  try {
    return await ctx.artifacts.write(TRANSCRIPT_ARTIFACT, recorder.transcript());
  } catch (error) {
    ctx.logger.warn("ollama: could not write the transcript", { reason: errorMessage(error) });
    return undefined;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
