// Reads `goose run --output-format stream-json` output (one event a line: `message`, `notification`,
// `model_change`, `error`, `complete` with total_tokens) or `--output-format json` (one object with
// `messages` and `metadata.total_tokens`). Shapes follow goose's documented CLI and its source
// (crates/goose-cli/src/session/mod.rs `StreamEvent`/`JsonOutput`); not checked against a real goose.
import { type AgentOutput, parseJsonLines } from "@benchloop/agent-kit";

type Json = Record<string, unknown>;

/** Reads goose's stream-json (or json) output into the answer, tool calls, errors and total tokens. */
export function parseGooseOutput(stdout: string): AgentOutput & { totalTokens?: number } {
  const { events } = parseJsonLines(stdout);
  const messages: Json[] = [];
  const errors: string[] = [];
  let totalTokens: number | undefined;
  for (const event of events) {
    if (event.type === "message" && isJson(event.message)) messages.push(event.message);
    else if (event.type === "error") errors.push(String(event.error ?? "unknown error"));
    else if (event.type === "complete" && typeof event.total_tokens === "number")
      totalTokens = event.total_tokens;
    else if (event.type === undefined && Array.isArray(event.messages)) {
      // --output-format json: the whole conversation at the end.
      for (const message of event.messages) if (isJson(message)) messages.push(message);
      const metadata = isJson(event.metadata) ? event.metadata : {};
      if (typeof metadata.total_tokens === "number") totalTokens = metadata.total_tokens;
      if (typeof metadata.status === "string" && metadata.status !== "completed")
        errors.push(metadata.status);
    }
  }
  const texts: string[] = [];
  const toolNames: string[] = [];
  const seenCalls = new Set<string>();
  for (const message of messages) {
    if (message.role !== "assistant" || !Array.isArray(message.content)) continue;
    for (const part of message.content) {
      if (!isJson(part)) continue;
      if (part.type === "text" && typeof part.text === "string") texts.push(part.text);
      if (part.type === "toolRequest") {
        const id = String(part.id ?? seenCalls.size);
        if (seenCalls.has(id)) continue;
        seenCalls.add(id);
        const call = isJson(part.toolCall) && isJson(part.toolCall.value) ? part.toolCall.value : {};
        toolNames.push(typeof call.name === "string" ? call.name : "unknown");
      }
    }
  }
  const output: AgentOutput & { totalTokens?: number } = {
    text: texts.join(""),
    toolCalls: toolNames.length,
    toolNames,
  };
  if (errors.length > 0) output.errors = errors;
  if (totalTokens !== undefined) output.totalTokens = totalTokens;
  return output;
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
