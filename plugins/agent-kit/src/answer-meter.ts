// Reads a copy of a model server's answer as it streams (Ollama NDJSON, OpenAI SSE, or one JSON body)
// and takes out what the metering proxy records: tokens, server durations, first token, tool calls.
import type { ModelApi, ModelCallRecord } from "./model-call.js";

/** Bodies above this size are not kept for a whole-body parse (streams are read line by line). */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const MAX_ERROR_TEXT = 2000;

/** The fields of a record an answer fills in. */
export type AnswerFacts = Pick<
  ModelCallRecord,
  "promptTokens" | "completionTokens" | "reasoningTokens" | "server" | "toolCalls" | "toolNames" | "errorText"
>;

/** Reads one answer incrementally. */
export interface AnswerMeter {
  /** Feeds the next bytes; returns true when they carried the first answer token. */
  push(chunk: Buffer): boolean;
  /** Ends the answer and returns what it held. */
  finish(): AnswerFacts;
}

type Json = Record<string, unknown>;

/** Creates a meter for an answer of the given API and HTTP status. */
export function createAnswerMeter(api: ModelApi, status: number): AnswerMeter {
  const decoder = new TextDecoder();
  let pending = "";
  let whole = "";
  let parsedLines = 0;
  let sawFirstToken = false;
  const facts: AnswerFacts = { toolCalls: 0, toolNames: [] };
  const streamedCalls = new Set<string>();
  let responseDone = false;

  const toolCall = (name: unknown) => {
    facts.toolCalls++;
    if (typeof name === "string" && name !== "") facts.toolNames.push(name);
  };

  /** Reads one JSON value; returns true when it carried an answer token. */
  const read = (value: Json): boolean => {
    if (api === "ollama") return readOllama(value);
    if (api === "openai-chat") return readChat(value);
    if (api === "openai-responses") return readResponses(value);
    return false;
  };

  const readOllama = (value: Json): boolean => {
    const message = asJson(value.message);
    const calls = asArray(message?.tool_calls);
    for (const call of calls) toolCall(asJson(asJson(call)?.function)?.name);
    if (value.done === true) {
      setNumber("promptTokens", value.prompt_eval_count);
      setNumber("completionTokens", value.eval_count);
      facts.server = {
        ...msFromNs("totalMs", value.total_duration),
        ...msFromNs("loadMs", value.load_duration),
        ...msFromNs("promptEvalMs", value.prompt_eval_duration),
        ...msFromNs("evalMs", value.eval_duration),
      };
    }
    const text = `${str(message?.content)}${str(message?.thinking)}${str(value.response)}${str(value.thinking)}`;
    return text !== "" || calls.length > 0;
  };

  const readUsage = (usage: Json | undefined, prompt: string, completion: string) => {
    if (!usage) return;
    setNumber("promptTokens", usage[prompt]);
    setNumber("completionTokens", usage[completion]);
    const details = asJson(usage.completion_tokens_details) ?? asJson(usage.output_tokens_details);
    setNumber("reasoningTokens", details?.reasoning_tokens);
  };

  const readChat = (value: Json): boolean => {
    readUsage(asJson(value.usage), "prompt_tokens", "completion_tokens");
    let token = false;
    for (const choice of asArray(value.choices)) {
      const entry = asJson(choice);
      const delta = asJson(entry?.delta);
      const message = asJson(entry?.message);
      for (const call of asArray(delta?.tool_calls)) {
        const part = asJson(call);
        const key = `${String(entry?.index ?? 0)}:${String(part?.index ?? part?.id ?? streamedCalls.size)}`;
        if (!streamedCalls.has(key)) {
          streamedCalls.add(key);
          toolCall(asJson(part?.function)?.name);
        }
        token = true;
      }
      for (const call of asArray(message?.tool_calls)) toolCall(asJson(asJson(call)?.function)?.name);
      const text = `${str(delta?.content)}${str(delta?.reasoning_content)}${str(delta?.reasoning)}${str(message?.content)}`;
      if (text !== "" || asArray(message?.tool_calls).length > 0) token = true;
    }
    return token;
  };

  const readResponse = (response: Json) => {
    readUsage(asJson(response.usage), "input_tokens", "output_tokens");
    for (const item of asArray(response.output)) {
      const entry = asJson(item);
      if (entry?.type === "function_call" || entry?.type === "custom_tool_call") toolCall(entry.name);
    }
  };

  const readResponses = (value: Json): boolean => {
    const type = str(value.type);
    if (type === "") {
      if (value.object === "response") readResponse(value);
      return value.object === "response";
    }
    if (type === "response.completed" || type === "response.incomplete" || type === "response.failed") {
      const response = asJson(value.response);
      if (response) {
        responseDone = true;
        facts.toolCalls = 0;
        facts.toolNames = [];
        readResponse(response);
      }
      return false;
    }
    if (type === "response.output_item.done" && !responseDone) {
      const item = asJson(value.item);
      if (item?.type === "function_call" || item?.type === "custom_tool_call") toolCall(item.name);
    }
    return (
      type.endsWith(".delta") ||
      (type === "response.output_item.added" && asJson(value.item)?.type === "function_call")
    );
  };

  const setNumber = (key: "promptTokens" | "completionTokens" | "reasoningTokens", value: unknown) => {
    if (typeof value === "number" && Number.isFinite(value)) facts[key] = value;
  };

  const readLine = (line: string): boolean => {
    let text = line.trim();
    if (text.startsWith("data:")) text = text.slice(5).trim();
    if (text === "" || text === "[DONE]" || !(text.startsWith("{") || text.startsWith("["))) return false;
    try {
      const value = JSON.parse(text) as unknown;
      parsedLines++;
      const json = asJson(value);
      return json ? read(json) : false;
    } catch {
      return false;
    }
  };

  return {
    push(chunk) {
      const text = decoder.decode(chunk, { stream: true });
      if (whole.length < MAX_BUFFERED_BYTES) whole += text;
      if (status >= 400) return false;
      pending += text;
      let token = false;
      let newline = pending.indexOf("\n");
      while (newline >= 0) {
        if (readLine(pending.slice(0, newline))) token = true;
        pending = pending.slice(newline + 1);
        newline = pending.indexOf("\n");
      }
      const first = token && !sawFirstToken;
      if (token) sawFirstToken = true;
      return first;
    },
    finish() {
      whole += decoder.decode();
      if (status >= 400) {
        facts.errorText = whole.slice(0, MAX_ERROR_TEXT);
        return facts;
      }
      if (pending.trim() !== "") readLine(pending);
      if (parsedLines === 0 && whole.trim() !== "") {
        try {
          const json = asJson(JSON.parse(whole));
          if (json) read(json);
        } catch {
          // Not JSON: nothing to meter.
        }
      }
      return facts;
    },
  };
}

function asJson(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function msFromNs(key: string, value: unknown): Record<string, number> {
  return typeof value === "number" && Number.isFinite(value) ? { [key]: value / 1e6 } : {};
}
