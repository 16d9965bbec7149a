// The OpenAI-compatible chat API as Ollama serves it: `/v1/models`, `/v1/models/:model` and
// `/v1/chat/completions` (SSE chunks ending in `[DONE]`, a usage chunk on request, or one JSON reply).

import type { TurnInput, TurnMessage } from "./engine.js";
import type { Exchange, RouteHandler } from "./exchange.js";
import { HttpError, sendJson } from "./http-io.js";
import { asRecord, textOf } from "./ollama-api.js";
import {
  formatFromOpenAi,
  openAiError,
  optionsFromOpenAi,
  requireOpenAiModel,
  thinkFromEffort,
  unixNow,
} from "./openai-shared.js";
import { hexFrom } from "./random.js";
import type { ScriptedToolCall } from "./replies.js";
import type { StreamDialect } from "./stream-writer.js";
import type { TurnPlan } from "./turn-plan.js";
import { respondWithTurn, type TurnRenderer } from "./turn-response.js";

const SSE_CHAT: StreamDialect = {
  contentType: "text/event-stream",
  errorChunk: (message) => `data: ${JSON.stringify(openAiError(500, message))}\n\n`,
  malformedChunk: () => 'data: {"id":"chatcmpl-\n\n',
};

/** Routes of the OpenAI-compatible chat API. */
export function openAiChatRoutes(): Record<string, RouteHandler> {
  return {
    "GET /v1/models": listModels,
    "GET /v1/models/:model": getModel,
    "POST /v1/chat/completions": chatCompletions,
  };
}

function toOpenAiModel(name: string, modifiedAt: string) {
  const namespace = name.includes("/") ? name.slice(0, name.indexOf("/")) : "library";
  return {
    id: name,
    object: "model",
    created: Math.floor(Date.parse(modifiedAt) / 1000),
    owned_by: namespace,
  };
}

function listModels({ res, engine }: Exchange): void {
  sendJson(res, 200, {
    object: "list",
    data: engine.settings.models.map((model) => toOpenAiModel(model.name, model.modifiedAt)),
  });
}

function getModel({ res, engine, param }: Exchange): void {
  const model = engine.findModel(param);
  if (!model) throw new HttpError(404, `model "${param ?? ""}" not found`);
  sendJson(res, 200, toOpenAiModel(param ?? model.name, model.modifiedAt));
}

/** OpenAI messages as turn messages: text parts joined, `developer` read as `system`. */
function toTurnMessages(messages: unknown): TurnMessage[] {
  if (!Array.isArray(messages)) throw new HttpError(400, "invalid message format");
  return messages.map((raw) => {
    const message = asRecord(raw);
    const role = message.role === "developer" ? "system" : String(message.role ?? "user");
    return { role, content: textOf(message.content) };
  });
}

async function chatCompletions(exchange: Exchange): Promise<void> {
  const body = await exchange.json();
  const { model, requestedModel } = requireOpenAiModel(exchange, body.model);
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const input: TurnInput = {
    requestedModel,
    model,
    messages: toTurnMessages(body.messages),
    tools,
    toolNames: tools.map((tool) => String(asRecord(asRecord(tool).function).name ?? "")),
    think: thinkFromEffort(body.reasoning_effort ?? asRecord(body.reasoning).effort),
    format: formatFromOpenAi(body.response_format),
    options: optionsFromOpenAi(body, body.max_completion_tokens ?? body.max_tokens),
    keepAlive: undefined,
  };
  exchange.engine.checkCapabilities(input);
  const id = `chatcmpl-${exchange.engine.stats().requests}`;
  const callSeed = `${id}-${exchange.engine.settings.seed}`;
  const includeUsage = asRecord(body.stream_options).include_usage === true;
  const envelope = (object: string) => ({
    id,
    object,
    created: unixNow(),
    model: requestedModel,
    system_fingerprint: "fp_ollama",
  });
  const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
    `data: ${JSON.stringify({
      ...envelope("chat.completion.chunk"),
      choices: [
        { index: 0, delta: { role: "assistant", content: "", ...delta }, finish_reason: finishReason },
      ],
    })}\n\n`;
  const usage = (plan: TurnPlan) => ({
    prompt_tokens: plan.metrics.promptEvalCount,
    completion_tokens: plan.metrics.evalCount,
    total_tokens: plan.metrics.promptEvalCount + plan.metrics.evalCount,
  });
  const finishReason = (plan: TurnPlan) => (plan.toolCalls.length > 0 ? "tool_calls" : plan.doneReason);
  const renderer: TurnRenderer = {
    dialect: SSE_CHAT,
    piece: (piece) => {
      if (piece.kind === "thinking") return [chunk({ reasoning: piece.text }, null)];
      if (piece.kind === "content") return [chunk({ content: piece.text }, null)];
      return [chunk({ tool_calls: openAiToolCalls(piece.calls, callSeed) }, null)];
    },
    finish: (plan) => [
      chunk({}, finishReason(plan)),
      ...(includeUsage
        ? [
            `data: ${JSON.stringify({ ...envelope("chat.completion.chunk"), choices: [], usage: usage(plan) })}\n\n`,
          ]
        : []),
      "data: [DONE]\n\n",
    ],
    whole: (plan) => ({
      ...envelope("chat.completion"),
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: plan.content,
            ...(plan.thinking !== "" ? { reasoning: plan.thinking } : {}),
            ...(plan.toolCalls.length > 0 ? { tool_calls: openAiToolCalls(plan.toolCalls, callSeed) } : {}),
          },
          finish_reason: finishReason(plan),
        },
      ],
      usage: usage(plan),
    }),
    errorBody: (message) => openAiError(500, message),
  };
  await respondWithTurn(exchange, input, body.stream === true, renderer);
}

/** Tool calls in the OpenAI shape: arguments as a JSON string. */
export function openAiToolCalls(calls: ScriptedToolCall[], seed: string) {
  return calls.map((call, index) => ({
    id: `call_${hexFrom(8, seed, index)}`,
    index,
    type: "function",
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  }));
}
