// What the metering proxy records about one request from an agent to the model server.

/** Which API a request spoke, from its route. */
export type ModelApi = "ollama" | "openai-chat" | "openai-responses" | "other";

/** One request an agent made to the model server, as the metering proxy saw it. */
export interface ModelCallRecord {
  /** Path of the request, without the query (`/v1/chat/completions`). */
  route: string;
  method: string;
  api: ModelApi;
  /** True for routes that generate (chat, generate, completions, responses). */
  generation: boolean;
  model?: string;
  /** HTTP status the server answered; 0 when the server could not be reached. */
  status: number;
  stream: boolean;
  /** Epoch milliseconds when the request reached the proxy. */
  startedAt: number;
  /** Milliseconds from the request reaching the proxy to the last byte of the answer. */
  durationMs: number;
  /** Milliseconds to the first answer token (content, thinking or tool call). */
  ttftMs?: number;
  promptTokens?: number;
  completionTokens?: number;
  reasoningTokens?: number;
  /** Durations the server reported (Ollama), in milliseconds. */
  server?: { totalMs?: number; loadMs?: number; promptEvalMs?: number; evalMs?: number };
  /** Tool calls in the answer. */
  toolCalls: number;
  toolNames: string[];
  /** Start of the body of an answer that is not 2xx. */
  errorText?: string;
  /** System error code when the server could not be reached (ECONNREFUSED …). */
  upstreamError?: string;
  /** True when the agent hung up before the answer ended. */
  clientAborted?: boolean;
}

/** Sums of the generation calls of one item. */
export interface ModelCallTotals {
  modelCalls: number;
  modelMs: number;
  promptTokens?: number;
  completionTokens?: number;
  reasoningTokens?: number;
  toolCalls: number;
  /** TTFT of the first generation call, measured from that call's start. */
  firstTtftMs?: number;
  /** Epoch ms of the first generation call. */
  firstStartedAt?: number;
}

/** Adds up the generation calls: tokens (left undefined when no call reported any), time and tool calls. */
export function sumModelCalls(records: readonly ModelCallRecord[]): ModelCallTotals {
  const calls = records.filter((record) => record.generation);
  const add = (pick: (record: ModelCallRecord) => number | undefined): number | undefined => {
    const values = calls.map(pick).filter((value): value is number => value !== undefined);
    return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0);
  };
  const first = calls[0];
  const totals: ModelCallTotals = {
    modelCalls: calls.length,
    modelMs: calls.reduce((sum, record) => sum + record.durationMs, 0),
    toolCalls: calls.reduce((sum, record) => sum + record.toolCalls, 0),
  };
  const promptTokens = add((record) => record.promptTokens);
  const completionTokens = add((record) => record.completionTokens);
  const reasoningTokens = add((record) => record.reasoningTokens);
  if (promptTokens !== undefined) totals.promptTokens = promptTokens;
  if (completionTokens !== undefined) totals.completionTokens = completionTokens;
  if (reasoningTokens !== undefined) totals.reasoningTokens = reasoningTokens;
  if (first?.ttftMs !== undefined) totals.firstTtftMs = first.ttftMs;
  if (first) totals.firstStartedAt = first.startedAt;
  return totals;
}
