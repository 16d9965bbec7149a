// Talks to the judge model over HTTP: Ollama's native `/api/chat` with `format` set to the verdict's JSON
// schema, or an OpenAI-compatible `/chat/completions` with `response_format: json_schema`. Finds the
// judge model's digest (Ollama `/api/tags`, then `/api/show`) once per model. The API key, when one is
// configured, goes only into the Authorization header and is cut out of every error message.
import type { Clock } from "@benchloop/core";
import { DEFAULT_JUDGE_URLS } from "./config-schema.js";
import type { JudgeMessage } from "./judge-prompt.js";
import type { JsonSchema } from "./verdict-format.js";

/** Where and how to reach the judge. */
export interface JudgeConnectionOptions {
  backend: "ollama" | "openai";
  /** Server address; the backend's local default when absent. */
  baseUrl?: string;
  /** Bearer token for hosted APIs; absent for local servers. */
  apiKey?: string;
  requestTimeoutMs: number;
  clock: Clock;
}

/** One verdict request. */
export interface JudgeRequest {
  model: string;
  messages: JudgeMessage[];
  schema: JsonSchema;
  temperature: number;
  seed: number;
  numPredict: number;
}

/** What the server answered. */
export interface JudgeReply {
  text: string;
  /** True when the reply was cut off by the token limit. */
  truncated: boolean;
  latencyMs: number;
  tokens: { prompt?: number; completion?: number };
  /** Cost in USD, when the API reports it (OpenRouter's `usage.cost`). */
  costUsd?: number;
}

/** A failed request to the judge, typed where it happened. */
export class JudgeRequestError extends Error {
  override readonly name = "JudgeRequestError";
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A connection to one judge server. */
export interface JudgeConnection {
  readonly backend: "ollama" | "openai";
  /** The normalised base URL. */
  readonly baseUrl: string;
  /** Sends one verdict request. @throws JudgeRequestError; the caller's abort reason when it aborts */
  chat(request: JudgeRequest, signal: AbortSignal): Promise<JudgeReply>;
  /** The model's digest (Ollama), remembered per model; undefined when the server does not say. */
  digest(model: string, signal: AbortSignal): Promise<string | undefined>;
}

/** Normalises a judge address: no trailing slash; a bare OpenAI-compatible host gets `/v1`. */
export function toJudgeBaseUrl(backend: "ollama" | "openai", baseUrl: string | undefined): string {
  const url = new URL(baseUrl ?? DEFAULT_JUDGE_URLS[backend]);
  let path = url.pathname.replace(/\/+$/, "");
  if (backend === "openai" && path === "") path = "/v1";
  return `${url.protocol}//${url.host}${path}`;
}

/** Creates a connection (no I/O until used). */
export function createJudgeConnection(options: JudgeConnectionOptions): JudgeConnection {
  const baseUrl = toJudgeBaseUrl(options.backend, options.baseUrl);
  const apiKey = options.apiKey;
  const redact = (text: string) => (apiKey ? text.split(apiKey).join("***") : text);
  const digests = new Map<string, Promise<string | undefined>>();

  async function request(
    method: "GET" | "POST",
    path: string,
    body: unknown,
    signal: AbortSignal,
  ): Promise<unknown> {
    const timeout = AbortSignal.timeout(options.requestTimeoutMs);
    const combined = AbortSignal.any([signal, timeout]);
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (apiKey) headers.authorization = `Bearer ${apiKey}`;
    const url = `${baseUrl}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: combined,
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timeout.aborted)
        throw new JudgeRequestError(
          `the judge at ${url} did not answer within ${options.requestTimeoutMs} ms; raise scorers.judge.requestTimeoutMs or use a faster judge`,
          true,
        );
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new JudgeRequestError(
        redact(
          `cannot reach the judge at ${url} (${cause?.code ?? cause?.message ?? (error as Error).message}); start the server or fix --judge-url / scorers.judge.baseUrl`,
        ),
        true,
      );
    }
    const text = await response.text().catch((error: unknown) => {
      if (signal.aborted) throw signal.reason;
      throw new JudgeRequestError(`the judge at ${url} broke off its answer: ${String(error)}`, true);
    });
    if (!response.ok) {
      const detail = readErrorMessage(text);
      const retryable = response.status === 429 || response.status >= 500;
      throw new JudgeRequestError(
        redact(`the judge at ${url} answered HTTP ${response.status}${detail ? `: ${detail}` : ""}`),
        retryable,
        response.status,
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new JudgeRequestError(
        redact(`the judge at ${url} answered something that is not JSON: ${text.slice(0, 120)}`),
        false,
      );
    }
  }

  async function chatOllama(req: JudgeRequest, signal: AbortSignal): Promise<JudgeReply> {
    const started = options.clock.monotonic();
    const answer = (await request(
      "POST",
      "/api/chat",
      {
        model: req.model,
        messages: req.messages,
        stream: false,
        format: req.schema,
        options: { temperature: req.temperature, seed: req.seed, num_predict: req.numPredict },
      },
      signal,
    )) as {
      message?: { content?: unknown };
      done_reason?: unknown;
      prompt_eval_count?: unknown;
      eval_count?: unknown;
    };
    return {
      text: typeof answer.message?.content === "string" ? answer.message.content : "",
      truncated: answer.done_reason === "length",
      latencyMs: options.clock.monotonic() - started,
      tokens: {
        ...(typeof answer.prompt_eval_count === "number" ? { prompt: answer.prompt_eval_count } : {}),
        ...(typeof answer.eval_count === "number" ? { completion: answer.eval_count } : {}),
      },
    };
  }

  async function chatOpenAi(req: JudgeRequest, signal: AbortSignal): Promise<JudgeReply> {
    const started = options.clock.monotonic();
    const answer = (await request(
      "POST",
      "/chat/completions",
      {
        model: req.model,
        messages: req.messages,
        stream: false,
        temperature: req.temperature,
        seed: req.seed,
        max_tokens: req.numPredict,
        response_format: {
          type: "json_schema",
          json_schema: { name: "verdict", strict: true, schema: req.schema },
        },
        // Hosted routers (OpenRouter) report the cost only when asked.
        ...(apiKey ? { usage: { include: true } } : {}),
      },
      signal,
    )) as {
      choices?: { message?: { content?: unknown }; finish_reason?: unknown }[];
      usage?: { prompt_tokens?: unknown; completion_tokens?: unknown; cost?: unknown };
    };
    const choice = answer.choices?.[0];
    const usage = answer.usage ?? {};
    return {
      text: typeof choice?.message?.content === "string" ? choice.message.content : "",
      truncated: choice?.finish_reason === "length",
      latencyMs: options.clock.monotonic() - started,
      tokens: {
        ...(typeof usage.prompt_tokens === "number" ? { prompt: usage.prompt_tokens } : {}),
        ...(typeof usage.completion_tokens === "number" ? { completion: usage.completion_tokens } : {}),
      },
      ...(typeof usage.cost === "number" && usage.cost >= 0 ? { costUsd: usage.cost } : {}),
    };
  }

  async function findDigest(model: string, signal: AbortSignal): Promise<string | undefined> {
    if (options.backend !== "ollama") return undefined;
    const wanted = new Set([model, model.includes(":") ? model : `${model}:latest`]);
    try {
      const tags = (await request("GET", "/api/tags", undefined, signal)) as {
        models?: { name?: unknown; model?: unknown; digest?: unknown }[];
      };
      const found = tags.models?.find((m) => wanted.has(String(m.name)) || wanted.has(String(m.model)));
      if (typeof found?.digest === "string" && found.digest) return found.digest;
      const shown = (await request("POST", "/api/show", { model }, signal)) as { digest?: unknown };
      return typeof shown.digest === "string" && shown.digest ? shown.digest : undefined;
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof JudgeRequestError && error.status === 404) return undefined;
      throw error;
    }
  }

  return {
    backend: options.backend,
    baseUrl,
    chat: (req, signal) => (options.backend === "ollama" ? chatOllama(req, signal) : chatOpenAi(req, signal)),
    digest(model, signal) {
      let found = digests.get(model);
      if (!found) {
        found = findDigest(model, signal);
        digests.set(model, found);
        // A failed lookup is not remembered: the next item asks again.
        found.catch(() => digests.delete(model));
      }
      return found;
    },
  };
}

function readErrorMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: unknown };
    if (typeof body.error === "string") return body.error;
    const nested = (body.error as { message?: unknown } | undefined)?.message;
    if (typeof nested === "string") return nested;
  } catch {
    // not JSON: use the text itself
  }
  const flat = text.trim().slice(0, 200);
  return flat || undefined;
}
