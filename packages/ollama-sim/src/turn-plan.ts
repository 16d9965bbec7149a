// One generation turn laid out in tokens and modelled time: truncation by num_predict, the truncator's
// limit and a full context, the pieces to stream, and the durations Ollama would report in nanoseconds.

import type { SimModel } from "./catalog.js";
import type { ScriptedReply, ScriptedToolCall } from "./replies.js";
import { splitTokens } from "./tokenizer.js";

/** Counts and durations of a turn, as Ollama reports them (durations in nanoseconds). */
export interface TurnMetrics {
  totalDuration: number;
  loadDuration: number;
  promptEvalCount: number;
  promptEvalDuration: number;
  evalCount: number;
  evalDuration: number;
}

/** A piece of output to stream, with the number of tokens it stands for. */
export type TurnPiece =
  | { kind: "thinking"; text: string; tokens: number }
  | { kind: "content"; text: string; tokens: number }
  | { kind: "tool_calls"; calls: ScriptedToolCall[]; tokens: number };

/** The laid-out turn. */
export interface TurnPlan {
  pieces: TurnPiece[];
  thinking: string;
  content: string;
  toolCalls: ScriptedToolCall[];
  doneReason: "stop" | "length";
  metrics: TurnMetrics;
  /** Modelled milliseconds: prompt evaluation, then each piece in order. */
  prefillMs: number;
  pieceMs: number[];
}

/** What a turn is laid out from. */
export interface TurnPlanInput {
  model: SimModel;
  reply: ScriptedReply;
  promptTokens: number;
  numCtx: number;
  /** Ollama's `num_predict`: a positive limit, -1 for none, -2 to fill the context. */
  numPredict: number;
  didLoad: boolean;
  random: () => number;
}

/** Lays out a turn: truncates the reply to its token budget and models every duration. */
export function planTurn(input: TurnPlanInput): TurnPlan {
  const { model, reply, random } = input;
  const promptEvalCount = Math.min(input.promptTokens, input.numCtx);
  const budget = tokenBudget(input, promptEvalCount);
  const pieces: TurnPiece[] = [];
  let used = 0;
  let truncated = false;
  const take = (kind: "thinking" | "content", text: string): string => {
    let kept = "";
    for (const token of splitTokens(text)) {
      if (used >= budget) {
        truncated = true;
        break;
      }
      pieces.push({ kind, text: token, tokens: 1 });
      kept += token;
      used++;
    }
    return kept;
  };
  const thinking = take("thinking", reply.thinking);
  const content = truncated ? "" : take("content", reply.content);
  let toolCalls: ScriptedToolCall[] = [];
  if (!truncated && reply.toolCalls.length > 0) {
    const tokens = reply.toolCalls.reduce((sum, call) => sum + splitTokens(JSON.stringify(call)).length, 0);
    if (used + tokens <= budget) {
      toolCalls = reply.toolCalls;
      pieces.push({ kind: "tool_calls", calls: toolCalls, tokens });
      used += tokens;
    } else {
      truncated = true;
      used = budget;
    }
  }
  const spread = () => 1 + model.latency.jitter * (2 * random() - 1);
  const loadMs = input.didLoad ? model.latency.loadMs * spread() : 1.5 + 3 * random();
  const prefillMs = (promptEvalCount / model.latency.prefillTokensPerSecond) * 1000 * spread();
  const msPerToken = (1000 / model.latency.decodeTokensPerSecond) * spread();
  const overheadMs = 0.3 + random();
  const evalMs = used * msPerToken;
  const toNs = (ms: number) => Math.round(ms * 1e6);
  return {
    pieces,
    thinking,
    content,
    toolCalls,
    doneReason: truncated ? "length" : "stop",
    metrics: {
      totalDuration: toNs(loadMs + prefillMs + evalMs + overheadMs),
      loadDuration: toNs(loadMs),
      promptEvalCount,
      promptEvalDuration: toNs(prefillMs),
      evalCount: used,
      evalDuration: toNs(evalMs),
    },
    prefillMs,
    pieceMs: pieces.map((piece) => piece.tokens * msPerToken),
  };
}

function tokenBudget(input: TurnPlanInput, promptEvalCount: number): number {
  let budget = Number.POSITIVE_INFINITY;
  if (input.numPredict > 0) budget = input.numPredict;
  if (input.numPredict === -2) budget = Math.max(0, input.numCtx - promptEvalCount);
  if (input.model.truncateAfterTokens !== undefined)
    budget = Math.min(budget, input.model.truncateAfterTokens);
  return budget;
}
