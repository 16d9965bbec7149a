// Builds the `/chat/completions` body of one item: messages, streaming with usage, and the sampling
// options every OpenAI-compatible server accepts (top_k only when set: llama.cpp and vLLM read it).
import type { ConversationTurn, GenerateRequest } from "@benchloop/core";

/** The sampling fields of a chat completion body (only what is set). */
export function toSamplingFields(sampling: GenerateRequest["sampling"]): Record<string, number> {
  const fields: Record<string, number> = { temperature: sampling.temperature, seed: sampling.seed };
  if (sampling.numPredict !== undefined) fields.max_tokens = sampling.numPredict;
  if (sampling.topP !== undefined) fields.top_p = sampling.topP;
  if (sampling.topK !== undefined) fields.top_k = sampling.topK;
  return fields;
}

/**
 * The streaming chat completion body for one item: the system message, the earlier turns of a follow-up
 * request (`history`, a repair round's conversation so far), then the prompt as the last user message.
 */
export function toChatBody(
  request: GenerateRequest & { history?: readonly ConversationTurn[] },
  tools?: unknown[],
): Record<string, unknown> {
  const messages = [
    ...(request.system ? [{ role: "system", content: request.system }] : []),
    ...(request.history ?? []).map((turn) => ({ role: turn.role, content: turn.content })),
    { role: "user", content: request.prompt },
  ];
  return {
    model: request.model,
    messages,
    stream: true,
    stream_options: { include_usage: true },
    ...toSamplingFields(request.sampling),
    ...(tools && tools.length > 0 ? { tools } : {}),
  };
}
