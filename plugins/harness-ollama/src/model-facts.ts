// Reads what `/api/tags` and `/api/show` say about a model into benchloop's ModelInfo, plus the
// `num_ctx` its Modelfile sets (the context a prompt must fit when the run sets none).
import type { ModelInfo } from "@benchloop/core";
import type { ModelResponse, ShowResponse } from "ollama";

/** What `/api/show` adds to a listed model. */
export interface ShowFacts {
  /** Trained context length (`model_info["<architecture>.context_length"]`). */
  contextLength?: number;
  /** `num_ctx` set by the model's parameters, when any. */
  numCtx?: number;
  capabilities?: string[];
}

/** Reads context length, `num_ctx` and capabilities from a `/api/show` answer. */
export function readShowFacts(show: Partial<ShowResponse>): ShowFacts {
  const facts: ShowFacts = {};
  const info = (show.model_info ?? {}) as unknown as Record<string, unknown>;
  const architecture = info["general.architecture"];
  const lengthKey =
    typeof architecture === "string" && `${architecture}.context_length` in info
      ? `${architecture}.context_length`
      : Object.keys(info).find((key) => key.endsWith(".context_length"));
  const length = lengthKey ? info[lengthKey] : undefined;
  if (typeof length === "number" && Number.isInteger(length) && length > 0) facts.contextLength = length;
  const numCtx = /^\s*num_ctx\s+(\d+)\s*$/m.exec(show.parameters ?? "")?.[1];
  if (numCtx) facts.numCtx = Number(numCtx);
  if (Array.isArray(show.capabilities)) facts.capabilities = [...show.capabilities];
  return facts;
}

/** A listed model (and what `/api/show` said about it) as ModelInfo. */
export function toModelInfo(
  entry: ModelResponse,
  show: ShowFacts | undefined,
  simulated: boolean,
): ModelInfo {
  const info: ModelInfo = { name: entry.name || entry.model };
  if (entry.digest) info.digest = entry.digest;
  if (entry.details?.family) info.family = entry.details.family;
  if (entry.details?.parameter_size) info.parameterSize = entry.details.parameter_size;
  if (entry.details?.quantization_level) info.quantization = entry.details.quantization_level;
  if (typeof entry.size === "number" && entry.size >= 0) info.sizeBytes = entry.size;
  if (show?.contextLength) info.contextLength = show.contextLength;
  if (show?.capabilities) info.capabilities = show.capabilities;
  if (simulated) info.simulated = true;
  return info;
}
