// The OpenAI Responses API as Ollama serves it (`/v1/responses`): input items mapped to a chat turn,
// and the answer as SSE events (created, output items, text and argument deltas, completed) or one JSON.

import type { TurnInput, TurnMessage } from "./engine.js";
import type { Exchange, RouteHandler } from "./exchange.js";
import { HttpError } from "./http-io.js";
import { asRecord, textOf } from "./ollama-api.js";
import { openAiToolCalls } from "./openai-chat.js";
import {
  formatFromOpenAi,
  openAiError,
  optionsFromOpenAi,
  requireOpenAiModel,
  thinkFromEffort,
  unixNow,
} from "./openai-shared.js";
import type { StreamDialect } from "./stream-writer.js";
import type { TurnPlan } from "./turn-plan.js";
import { respondWithTurn, type TurnRenderer } from "./turn-response.js";

/** Routes of the Responses API. */
export function openAiResponsesRoutes(): Record<string, RouteHandler> {
  return { "POST /v1/responses": createResponse };
}

/** Responses input (a string or items) as turn messages; tool outputs become `tool` messages. */
function toTurnMessages(body: Record<string, unknown>): TurnMessage[] {
  const messages: TurnMessage[] = [];
  if (typeof body.instructions === "string" && body.instructions !== "") {
    messages.push({ role: "system", content: body.instructions });
  }
  if (typeof body.input === "string") {
    messages.push({ role: "user", content: body.input });
    return messages;
  }
  if (!Array.isArray(body.input)) throw new HttpError(400, "input must be a string or array");
  for (const raw of body.input) {
    const item = asRecord(raw);
    const type = item.type ?? (item.role !== undefined ? "message" : undefined);
    if (type === "message") {
      const role = item.role === "developer" ? "system" : String(item.role ?? "user");
      messages.push({ role, content: textOf(item.content) });
    } else if (type === "function_call") {
      messages.push({ role: "assistant", content: "" });
    } else if (type === "function_call_output") {
      messages.push({
        role: "tool",
        content: typeof item.output === "string" ? item.output : textOf(item.output),
      });
    }
  }
  return messages;
}

async function createResponse(exchange: Exchange): Promise<void> {
  const body = await exchange.json();
  const { model, requestedModel } = requireOpenAiModel(exchange, body.model);
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const input: TurnInput = {
    requestedModel,
    model,
    messages: toTurnMessages(body),
    tools,
    toolNames: tools.map((tool) => String(asRecord(tool).name ?? "")),
    think: thinkFromEffort(asRecord(body.reasoning).effort),
    format: formatFromOpenAi(asRecord(body.text).format),
    options: optionsFromOpenAi(body, body.max_output_tokens),
    keepAlive: undefined,
  };
  exchange.engine.checkCapabilities(input);
  const serial = exchange.engine.stats().requests;
  const responseId = `resp_${serial}`;
  const messageId = `msg_${serial}`;
  const reasoningId = `rs_${serial}`;
  const callSeed = `${responseId}-${exchange.engine.settings.seed}`;
  let sequence = 0;
  const event = (type: string, data: Record<string, unknown>) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`;
  const dialect: StreamDialect = {
    contentType: "text/event-stream",
    errorChunk: (message) => event("error", { code: "api_error", message, param: null }),
    malformedChunk: () =>
      'event: response.output_text.delta\ndata: {"type":"response.output_text.delta",\n\n',
  };
  const envelope = (status: string, output: unknown[], plan?: TurnPlan) => ({
    id: responseId,
    object: "response",
    created_at: unixNow(),
    completed_at: status === "in_progress" ? null : unixNow(),
    status,
    incomplete_details: plan?.doneReason === "length" ? { reason: "max_output_tokens" } : null,
    model: requestedModel,
    previous_response_id: null,
    instructions: typeof body.instructions === "string" ? body.instructions : null,
    output,
    error: null,
    tools,
    tool_choice: "auto",
    truncation: "disabled",
    parallel_tool_calls: true,
    text: { format: asRecord(body.text).format ?? { type: "text" } },
    top_p: typeof body.top_p === "number" ? body.top_p : 1,
    presence_penalty: 0,
    frequency_penalty: 0,
    top_logprobs: 0,
    temperature: typeof body.temperature === "number" ? body.temperature : 1,
    reasoning: body.reasoning ?? null,
    usage: plan
      ? {
          input_tokens: plan.metrics.promptEvalCount,
          input_tokens_details: { cached_tokens: 0 },
          output_tokens: plan.metrics.evalCount,
          output_tokens_details: { reasoning_tokens: reasoningTokens(plan) },
          total_tokens: plan.metrics.promptEvalCount + plan.metrics.evalCount,
        }
      : null,
    max_output_tokens: typeof body.max_output_tokens === "number" ? body.max_output_tokens : null,
    max_tool_calls: null,
    store: false,
    background: false,
    service_tier: "default",
    metadata: {},
    safety_identifier: null,
    prompt_cache_key: null,
  });
  const reasoningItem = (text: string) => ({
    id: reasoningId,
    type: "reasoning",
    summary: [{ type: "summary_text", text }],
    encrypted_content: text,
  });
  const textPart = (text: string) => ({ type: "output_text", text, annotations: [], logprobs: [] });
  const messageItem = (text: string, status: string) => ({
    id: messageId,
    type: "message",
    status,
    role: "assistant",
    content: status === "completed" ? [textPart(text)] : [],
  });
  const functionItems = (plan: TurnPlan, status: string) =>
    openAiToolCalls(plan.toolCalls, callSeed).map((call, index) => ({
      id: `fc_${serial}_${index}`,
      type: "function_call",
      status,
      call_id: call.id,
      name: call.function.name,
      arguments: status === "completed" ? call.function.arguments : "",
    }));
  const finalOutput = (plan: TurnPlan) => [
    ...(plan.thinking !== "" ? [reasoningItem(plan.thinking)] : []),
    ...(plan.toolCalls.length > 0
      ? functionItems(plan, "completed")
      : [messageItem(plan.content, "completed")]),
  ];

  let started = false;
  let thinking = "";
  let reasoningOpen = false;
  let reasoningIndex = 0;
  let text = "";
  let textOpen = false;
  let outputIndex = 0;
  const opening = (): string[] => {
    if (started) return [];
    started = true;
    return [
      event("response.created", { response: envelope("in_progress", []) }),
      event("response.in_progress", { response: envelope("in_progress", []) }),
    ];
  };
  const closeReasoning = (): string[] => {
    if (!reasoningOpen) return [];
    reasoningOpen = false;
    outputIndex++;
    return [
      event("response.reasoning_summary_text.done", {
        item_id: reasoningId,
        output_index: reasoningIndex,
        summary_index: 0,
        text: thinking,
      }),
      event("response.output_item.done", { output_index: reasoningIndex, item: reasoningItem(thinking) }),
    ];
  };
  const renderer: TurnRenderer = {
    dialect,
    piece: (piece) => {
      const chunks = opening();
      if (piece.kind === "thinking") {
        if (!reasoningOpen && thinking === "") {
          reasoningOpen = true;
          reasoningIndex = outputIndex;
          chunks.push(
            event("response.output_item.added", {
              output_index: outputIndex,
              item: { id: reasoningId, type: "reasoning", summary: [] },
            }),
          );
        }
        thinking += piece.text;
        chunks.push(
          event("response.reasoning_summary_text.delta", {
            item_id: reasoningId,
            output_index: reasoningIndex,
            summary_index: 0,
            delta: piece.text,
          }),
        );
        return chunks;
      }
      chunks.push(...closeReasoning());
      if (piece.kind === "content") {
        if (!textOpen) {
          textOpen = true;
          chunks.push(
            event("response.output_item.added", {
              output_index: outputIndex,
              item: messageItem("", "in_progress"),
            }),
            event("response.content_part.added", {
              item_id: messageId,
              output_index: outputIndex,
              content_index: 0,
              part: textPart(""),
            }),
          );
        }
        text += piece.text;
        chunks.push(
          event("response.output_text.delta", {
            item_id: messageId,
            output_index: outputIndex,
            content_index: 0,
            delta: piece.text,
            logprobs: [],
          }),
        );
        return chunks;
      }
      const calls = openAiToolCalls(piece.calls, callSeed);
      calls.forEach((call, index) => {
        const item = {
          id: `fc_${serial}_${index}`,
          type: "function_call",
          status: "in_progress",
          call_id: call.id,
          name: call.function.name,
          arguments: "",
        };
        const at = outputIndex + index;
        chunks.push(
          event("response.output_item.added", { output_index: at, item }),
          event("response.function_call_arguments.delta", {
            item_id: item.id,
            output_index: at,
            delta: call.function.arguments,
          }),
          event("response.function_call_arguments.done", {
            item_id: item.id,
            output_index: at,
            arguments: call.function.arguments,
          }),
          event("response.output_item.done", {
            output_index: at,
            item: { ...item, status: "completed", arguments: call.function.arguments },
          }),
        );
      });
      outputIndex += calls.length;
      return chunks;
    },
    finish: (plan) => {
      const chunks = [...opening(), ...closeReasoning()];
      if (textOpen) {
        chunks.push(
          event("response.output_text.done", {
            item_id: messageId,
            output_index: outputIndex,
            content_index: 0,
            text,
            logprobs: [],
          }),
          event("response.content_part.done", {
            item_id: messageId,
            output_index: outputIndex,
            content_index: 0,
            part: textPart(text),
          }),
          event("response.output_item.done", {
            output_index: outputIndex,
            item: messageItem(text, "completed"),
          }),
        );
      }
      const status = plan.doneReason === "length" ? "incomplete" : "completed";
      chunks.push(event(`response.${status}`, { response: envelope(status, finalOutput(plan), plan) }));
      return chunks;
    },
    whole: (plan) =>
      envelope(plan.doneReason === "length" ? "incomplete" : "completed", finalOutput(plan), plan),
    errorBody: (message) => openAiError(500, message),
  };
  await respondWithTurn(exchange, input, body.stream === true, renderer);
}

function reasoningTokens(plan: TurnPlan): number {
  return plan.pieces.filter((piece) => piece.kind === "thinking").length;
}
