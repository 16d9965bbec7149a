// The `openai` harness: streams chat completions from any OpenAI-compatible server (llama-server,
// LM Studio, vLLM, Ollama's /v1) over plain fetch, keeps the raw exchange, types every failure, and
// never lets the API key reach results, errors or artifacts.
import type {
  ComponentContext,
  ComponentDeps,
  GenerateRequest,
  Generation,
  Harness,
  ItemContext,
  LoadInfo,
  ModelInfo,
  ProbeResult,
} from "@benchloop/core";
import { configInvalid, itemFailure, readItemFailure } from "@benchloop/core";
import { toOpenAiBaseUrl } from "./base-url.js";
import { toChatBody } from "./chat-body.js";
import { type CompletionOutcome, createCompletionCollector } from "./completion-collector.js";
import type { OpenAiHarnessConfig } from "./config-schema.js";
import { createOpenAiExchange, type OpenAiExchange } from "./openai-exchange.js";
import { toOpenAiFailure } from "./openai-failure.js";
import { toGeneration } from "./to-generation.js";

/** The artifact name of the raw exchange of one item. */
export const TRANSCRIPT_ARTIFACT = "transcript.ndjson";

/** A request that may carry OpenAI-style tools (a field the contract may gain; sent when present). */
type ToolRequest = GenerateRequest & { tools?: unknown[] };

/**
 * Creates the `openai` harness. The base URL comes from `baseUrl`, else the OPENAI_BASE_URL secret;
 * the key from the secret named by `apiKeyEnv`. Creating it does no I/O.
 */
export function createOpenAiHarness(deps: ComponentDeps<OpenAiHarnessConfig>): Harness {
  const config = deps.config;
  const written = config.baseUrl ?? deps.secrets.get("OPENAI_BASE_URL");
  const baseUrl = written === undefined ? undefined : toOpenAiBaseUrl(written);
  const apiKey = deps.secrets.get(config.apiKeyEnv) || undefined;
  const redact = (text: string) => (apiKey ? text.split(apiKey).join("***") : text);
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

  /** Runs one exchange; failures come out typed and redacted. */
  async function exchange<T>(
    signal: AbortSignal,
    what: { operation: string; model?: string; toolsSent?: boolean },
    run: (exchange: OpenAiExchange) => Promise<T>,
    keep?: (exchange: OpenAiExchange) => void,
  ): Promise<T> {
    const url = requireBaseUrl();
    const current = createOpenAiExchange({
      baseUrl: url,
      apiKey,
      signal,
      idleTimeoutMs: config.requestTimeoutMs,
    });
    keep?.(current);
    try {
      return await run(current);
    } catch (error) {
      throw toOpenAiFailure(error, {
        ...what,
        facts: current.facts,
        signal,
        baseUrl: url,
        idleTimeoutMs: config.requestTimeoutMs,
        apiKeyEnv: config.apiKeyEnv,
        redact,
      });
    } finally {
      current.dispose();
    }
  }

  async function streamCompletion(
    request: ToolRequest,
    signal: AbortSignal,
    keep: (exchange: OpenAiExchange) => void,
  ): Promise<{ outcome: CompletionOutcome; wallMs: number; sent: Record<string, unknown> }> {
    const body = toChatBody(request, request.tools);
    const { model: _model, messages: _messages, tools: _tools, stream: _stream, ...sent } = body;
    const started = deps.clock.monotonic();
    const collector = createCompletionCollector(deps.clock, started);
    await exchange(
      signal,
      { operation: "generation", model: request.model, toolsSent: Boolean(request.tools?.length) },
      (current) => current.stream("/chat/completions", body, collector.add),
      keep,
    );
    const wallMs = deps.clock.monotonic() - started;
    // A server (or a prompt injection) may echo the key into the answer: results never keep it.
    const outcome = {
      ...collector.outcome,
      text: redact(collector.outcome.text),
      thinking: redact(collector.outcome.thinking),
    };
    return { outcome, wallMs, sent };
  }

  return {
    async probe(ctx): Promise<ProbeResult> {
      if (addressProblem)
        return { available: false, reason: addressProblem, ...(written ? { endpoint: written } : {}) };
      try {
        await exchange(ctx.signal, { operation: "model listing" }, (current) => current.getJson("/models"));
        return { available: true, endpoint: requireBaseUrl() };
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        return { available: false, endpoint: requireBaseUrl(), reason: errorMessage(error) };
      }
    },

    async listModels(ctx: ComponentContext): Promise<ModelInfo[]> {
      const answer = await exchange(ctx.signal, { operation: "model listing" }, (current) =>
        current.getJson("/models"),
      );
      const data = (answer as { data?: unknown }).data;
      if (!Array.isArray(data)) return [];
      return data.flatMap((entry: unknown) => {
        const model = entry as { id?: unknown; meta?: { n_ctx_train?: unknown; size?: unknown } };
        if (typeof model.id !== "string" || model.id === "") return [];
        const info: ModelInfo = { name: model.id };
        // llama-server adds `meta` with the trained context and the file size.
        const ctxTrain = model.meta?.n_ctx_train;
        if (typeof ctxTrain === "number" && Number.isInteger(ctxTrain) && ctxTrain > 0)
          info.contextLength = ctxTrain;
        if (typeof model.meta?.size === "number" && model.meta.size >= 0) info.sizeBytes = model.meta.size;
        return [info];
      });
    },

    async prepare(input, ctx): Promise<LoadInfo> {
      if (!config.warmUp) return { loadMs: 0 };
      // One token of answer loads the model (Ollama's /v1, LM Studio's JIT loading) apart from the items.
      const warmUp: GenerateRequest = {
        model: input.model,
        prompt: "Hi",
        passType: "blind",
        testId: "warm-up",
        sampling: { temperature: 0, seed: 0, numPredict: 1 },
      };
      const { wallMs } = await streamCompletion(warmUp, ctx.signal, () => {});
      return { loadMs: wallMs };
    },

    async generate(request: ToolRequest, ctx: ItemContext): Promise<Generation> {
      let current: OpenAiExchange | undefined;
      let result: Awaited<ReturnType<typeof streamCompletion>>;
      try {
        result = await streamCompletion(request, ctx.signal, (started) => {
          current = started;
        });
      } catch (error) {
        const transcript = await writeTranscript(current, ctx);
        if (transcript) attachDetails(error, { transcript });
        throw error;
      }
      const transcript = await writeTranscript(current, ctx);
      const generation = toGeneration({ ...result, transcript });
      if (generation.text.trim() === "" && !generation.toolCalls)
        throw emptyAnswer(generation, request.model, requireBaseUrl());
      return generation;
    },
  };
}

/** An empty answer is a failure: `truncated` when the token limit cut it off, else `empty_answer`. */
function emptyAnswer(generation: Generation, model: string, endpoint: string): Error {
  const thought = generation.thinking
    ? ` after ${generation.tokens.reasoning ?? "some"} tokens of reasoning`
    : "";
  const failure = generation.truncated
    ? itemFailure({
        type: "truncated",
        message: `${model} hit its token limit (finish_reason length)${thought} before answering. Raise sampling.numPredict.`,
        retryable: false,
      })
    : itemFailure({
        type: "empty_answer",
        message: `${model} at ${endpoint} gave an empty answer${thought} (finish_reason ${generation.doneReason ?? "unknown"}).`,
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
  current: OpenAiExchange | undefined,
  ctx: ItemContext,
): Promise<string | undefined> {
  if (!current) return undefined;
  try {
    return await ctx.artifacts.write(TRANSCRIPT_ARTIFACT, current.transcript());
  } catch (error) {
    ctx.logger.warn("openai: could not write the transcript", { reason: errorMessage(error) });
    return undefined;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
