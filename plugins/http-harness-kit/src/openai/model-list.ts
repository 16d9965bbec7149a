// Reads `GET /models` of an OpenAI-compatible server into benchloop's ModelInfo, with what
// llama-server adds in `meta` (trained context length, file size).
import type { ModelInfo } from "@benchloop/core";

/** The models a `/models` answer lists, in order; entries without an id are skipped. */
export function readModelList(answer: unknown): ModelInfo[] {
  const data = (answer as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown) => {
    const model = entry as { id?: unknown; meta?: { n_ctx_train?: unknown; size?: unknown } };
    if (typeof model.id !== "string" || model.id === "") return [];
    const info: ModelInfo = { name: model.id };
    const ctxTrain = model.meta?.n_ctx_train;
    if (typeof ctxTrain === "number" && Number.isInteger(ctxTrain) && ctxTrain > 0)
      info.contextLength = ctxTrain;
    if (typeof model.meta?.size === "number" && model.meta.size >= 0) info.sizeBytes = model.meta.size;
    return [info];
  });
}
