// Reads `opencode run --format json` output: one JSON event a line (`step_start`, `text`, `tool_use`,
// `step_finish` with tokens, `error`), into the answer, the agent's own token counts and tool calls.
import { type AgentOutput, parseJsonLines, pick } from "@benchloop/agent-kit";

/** Reads opencode's JSON events. Text parts are joined by blank lines; tokens are summed over steps. */
export function parseOpencodeEvents(stdout: string): AgentOutput {
  const { events } = parseJsonLines(stdout);
  const texts: string[] = [];
  const toolNames: string[] = [];
  const errors: string[] = [];
  let prompt = 0;
  let completion = 0;
  let reasoning = 0;
  let steps = 0;
  for (const event of events) {
    if (event.type === "text") {
      const text = pick(event, "part.text");
      if (typeof text === "string" && text !== "") texts.push(text);
    } else if (event.type === "tool_use") {
      toolNames.push(String(pick(event, "part.tool") ?? "unknown"));
    } else if (event.type === "step_finish") {
      steps++;
      prompt += numberAt(event, "part.tokens.input");
      completion += numberAt(event, "part.tokens.output");
      reasoning += numberAt(event, "part.tokens.reasoning");
    } else if (event.type === "error") {
      const message = pick(event, "error.data.message") ?? pick(event, "error.name") ?? "unknown error";
      errors.push(String(message));
    }
  }
  const output: AgentOutput = { text: texts.join("\n\n"), toolCalls: toolNames.length, toolNames };
  if (steps > 0) output.tokens = { prompt, completion, reasoning };
  if (errors.length > 0) output.errors = errors;
  return output;
}

function numberAt(event: unknown, path: string): number {
  const value = pick(event, path);
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
