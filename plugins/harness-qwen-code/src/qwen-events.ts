// Reads Qwen Code's `--output-format json` output (a JSON array of events: `system` init, `assistant`
// messages with text and tool_use content, a final `result` with the answer, usage and is_error) or
// the same events one per line (`stream-json`).
import { type AgentOutput, parseJsonLines } from "@benchloop/agent-kit";

type Json = Record<string, unknown>;

/** Reads Qwen Code's events into the answer, its own token counts, tool calls and errors. */
export function parseQwenOutput(stdout: string): AgentOutput {
  const events = readEvents(stdout);
  const texts: string[] = [];
  const toolNames: string[] = [];
  const errors: string[] = [];
  let result: Json | undefined;
  for (const event of events) {
    if (event.type === "assistant" && isJson(event.message) && Array.isArray(event.message.content)) {
      for (const part of event.message.content) {
        if (!isJson(part)) continue;
        if (part.type === "text" && typeof part.text === "string") texts.push(part.text);
        if (part.type === "tool_use") toolNames.push(typeof part.name === "string" ? part.name : "unknown");
      }
    } else if (event.type === "result") {
      result = event;
    }
  }
  const text = typeof result?.result === "string" ? result.result : texts.join("\n\n");
  const output: AgentOutput = { text, toolCalls: toolNames.length, toolNames };
  if (result?.is_error === true) errors.push(String(result.error ?? result.subtype ?? "error"));
  const usage = isJson(result?.usage) ? result.usage : undefined;
  if (usage) {
    output.tokens = {};
    if (typeof usage.input_tokens === "number") output.tokens.prompt = usage.input_tokens;
    if (typeof usage.output_tokens === "number") output.tokens.completion = usage.output_tokens;
  }
  if (errors.length > 0) output.errors = errors;
  // Qwen Code shows a failed model request as the answer text ("[API Error: …]") with is_error false;
  // its stats count the failed request, and a main source that produced no tokens did not answer.
  const main = pickPath(result, ["stats", "models"]);
  const sources = isJson(main) ? Object.values(main).filter(isJson) : [];
  const apiErrors = sources.reduce((sum, model) => sum + numberAt(model, ["api", "totalErrors"]), 0);
  const mainTokens = sources.reduce(
    (sum, model) => sum + numberAt(model, ["bySource", "main", "tokens", "candidates"]),
    0,
  );
  if (result?.is_error === true || (apiErrors > 0 && mainTokens === 0)) output.failed = true;
  return output;
}

function readEvents(stdout: string): Json[] {
  const trimmed = stdout.trim();
  if (trimmed.startsWith("[")) {
    try {
      const value = JSON.parse(trimmed) as unknown;
      if (Array.isArray(value)) return value.filter(isJson);
    } catch {
      // Not one array: read line by line.
    }
  }
  return parseJsonLines(stdout).events;
}

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pickPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = isJson(current) ? current[key] : undefined;
  return current;
}

function numberAt(value: unknown, path: readonly string[]): number {
  const found = pickPath(value, path);
  return typeof found === "number" ? found : 0;
}
