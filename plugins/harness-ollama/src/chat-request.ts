// Builds the `/api/chat` request of one item: messages, sampling options and the Ollama knobs, so the
// same object is both sent and recorded.
import type { ConversationTurn, GenerateRequest } from "@benchloop/core";
import type { ChatRequest, Options, Tool } from "ollama";
import type { OllamaHarnessConfig } from "./config-schema.js";

/** The Ollama sampling options of a request (only what is set). */
export function toOllamaOptions(sampling: GenerateRequest["sampling"]): Partial<Options> {
  const options: Partial<Options> = { temperature: sampling.temperature, seed: sampling.seed };
  if (sampling.numPredict !== undefined) options.num_predict = sampling.numPredict;
  if (sampling.numCtx !== undefined) options.num_ctx = sampling.numCtx;
  if (sampling.topP !== undefined) options.top_p = sampling.topP;
  if (sampling.topK !== undefined) options.top_k = sampling.topK;
  return options;
}

/**
 * A request that may carry Ollama tools (a field the contract may gain; sent when present) and, for a
 * follow-up turn (a repair round), the conversation so far.
 */
export type ToolRequest = GenerateRequest & { tools?: Tool[]; history?: readonly ConversationTurn[] };

/** The streaming chat request for one item: system, the earlier turns, then the prompt. */
export function toChatRequest(
  request: ToolRequest,
  config: OllamaHarnessConfig,
): ChatRequest & { stream: true } {
  const messages = [
    ...(request.system ? [{ role: "system", content: request.system }] : []),
    ...(request.history ?? []).map((turn) => ({ role: turn.role, content: turn.content })),
    { role: "user", content: request.prompt },
  ];
  const chat: ChatRequest & { stream: true } = {
    model: request.model,
    messages,
    stream: true,
    keep_alive: config.keepAlive,
    options: toOllamaOptions(request.sampling),
  };
  const think = request.sampling.think ?? config.think;
  if (think !== undefined) chat.think = think;
  if (request.tools && request.tools.length > 0) chat.tools = request.tools;
  return chat;
}
