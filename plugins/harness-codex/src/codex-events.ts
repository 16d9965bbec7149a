// Reads `codex exec --json` output: one JSON event a line (`thread.started`, `turn.started`, `item.*`
// with agent messages and tool items, `turn.completed` with usage, `turn.failed`, `error`).
import { type AgentOutput, parseJsonLines, pick } from "@benchloop/agent-kit";

/** Item types that are the agent using a tool. */
const TOOL_ITEMS = new Set([
  "command_execution",
  "file_change",
  "mcp_tool_call",
  "web_search",
  "collab_tool_call",
]);

/**
 * Reads codex's JSON events. The answer is the last agent message (what `--output-last-message`
 * keeps); tokens are summed over `turn.completed` usages; each tool item counts once. `error` items
 * are codex's warnings (e.g. unknown model metadata) and are left out; `error` events and
 * `turn.failed` are errors, and `turn.failed` marks the run as failed.
 */
export function parseCodexEvents(stdout: string): AgentOutput {
  const { events } = parseJsonLines(stdout);
  let text = "";
  const tools = new Map<string, string>();
  const errors: string[] = [];
  let failed = false;
  let turns = 0;
  let prompt = 0;
  let completion = 0;
  let reasoning = 0;
  for (const event of events) {
    const type = event.type;
    if (type === "item.started" || type === "item.updated" || type === "item.completed") {
      const item = pick(event, "item");
      const itemType = String(pick(item, "type") ?? "");
      const id = String(pick(item, "id") ?? tools.size);
      if (TOOL_ITEMS.has(itemType)) tools.set(id, toolName(item, itemType));
      if (type === "item.completed" && itemType === "agent_message") {
        const message = pick(item, "text");
        if (typeof message === "string") text = message;
      }
    } else if (type === "turn.completed") {
      turns++;
      prompt += numberAt(event, "usage.input_tokens");
      completion += numberAt(event, "usage.output_tokens");
      reasoning += numberAt(event, "usage.reasoning_output_tokens");
    } else if (type === "turn.failed") {
      failed = true;
      const message = String(pick(event, "error.message") ?? "turn failed");
      if (!errors.includes(message)) errors.push(message);
    } else if (type === "error") {
      const message = String(pick(event, "message") ?? "error");
      if (!errors.includes(message)) errors.push(message);
    }
  }
  const toolNames = [...tools.values()];
  const output: AgentOutput = { text, toolCalls: toolNames.length, toolNames };
  if (turns > 0) output.tokens = { prompt, completion, reasoning };
  if (errors.length > 0) output.errors = errors;
  if (failed) output.failed = true;
  return output;
}

function toolName(item: unknown, itemType: string): string {
  if (itemType !== "mcp_tool_call") return itemType;
  return `${String(pick(item, "server") ?? "mcp")}.${String(pick(item, "tool") ?? "unknown")}`;
}

function numberAt(event: unknown, path: string): number {
  const value = pick(event, path);
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
