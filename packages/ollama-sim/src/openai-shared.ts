// Pieces shared by the OpenAI-compatible routes: the error body shape, model lookup with Ollama's
// 404, and the request fields (sampling, reasoning effort, structured output) mapped to Ollama options.

import type { SimModel } from "./catalog.js";
import type { Exchange } from "./exchange.js";
import { HttpError } from "./http-io.js";
import { asRecord, modelNotFound } from "./ollama-api.js";

/** An OpenAI-style error body, with the `type` Ollama derives from the status. */
export function openAiError(status: number, message: string) {
  const type = status === 400 ? "invalid_request_error" : status === 404 ? "not_found_error" : "api_error";
  return { error: { message, type, param: null, code: null } };
}

/** The catalog model named by an OpenAI request; HTTP 400 when missing, 404 when unknown. */
export function requireOpenAiModel(
  exchange: Exchange,
  name: unknown,
): { model: SimModel; requestedModel: string } {
  if (typeof name !== "string" || name.trim() === "") throw new HttpError(400, "model is required");
  const model = exchange.engine.findModel(name);
  if (!model) throw modelNotFound(name);
  return { model, requestedModel: name };
}

/** `reasoning_effort` / `reasoning.effort` as Ollama's `think` ("none" turns thinking off). */
export function thinkFromEffort(effort: unknown): unknown {
  if (effort === "none") return false;
  return typeof effort === "string" ? effort : undefined;
}

/** Sampling fields of an OpenAI request as Ollama options (temperature defaults to 1.0 there). */
export function optionsFromOpenAi(
  body: Record<string, unknown>,
  maxTokens: unknown,
): Record<string, unknown> {
  const options: Record<string, unknown> = {
    temperature: typeof body.temperature === "number" ? body.temperature : 1,
  };
  if (typeof body.top_p === "number") options.top_p = body.top_p;
  if (typeof body.seed === "number") options.seed = body.seed;
  if (typeof maxTokens === "number") options.num_predict = maxTokens;
  return options;
}

/** `response_format` / `text.format` as Ollama's `format`. */
export function formatFromOpenAi(format: unknown): unknown {
  const record = asRecord(format);
  if (record.type === "json_object") return "json";
  if (record.type === "json_schema") return asRecord(record.json_schema).schema ?? record.schema ?? "json";
  return undefined;
}

/** Seconds since the epoch. */
export function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}
