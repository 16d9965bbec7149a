import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseCodexEvents } from "./codex-events.js";

// Fixtures are `codex exec --json` outputs of codex 0.169.0 against ollama-sim.
const fixture = (name: string) => readFile(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");

describe("parseCodexEvents", () => {
  it("reads the answer and codex's own token counts, leaving its metadata warning out of the errors", async () => {
    const output = parseCodexEvents(await fixture("answer.jsonl"));
    expect(output).toEqual({
      text: "```ts\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n```",
      toolCalls: 0,
      toolNames: [],
      tokens: { prompt: 4096, completion: 23, reasoning: 0 },
    });
  });

  it("counts a command the agent ran once, though it is reported started and completed", async () => {
    const output = parseCodexEvents(await fixture("tool-call.jsonl"));
    expect(output).toMatchObject({ text: "I wrote add.ts.", toolCalls: 1, toolNames: ["command_execution"] });
  });

  it("marks a failed turn as failed and keeps its error once", async () => {
    const output = parseCodexEvents(await fixture("tools-unsupported.jsonl"));
    expect(output.failed).toBe(true);
    expect(output.text).toBe("");
    expect(output.tokens).toBeUndefined();
    expect(output.errors).toHaveLength(1);
    expect(output.errors?.[0]).toContain("does not support tools");
    expect(parseCodexEvents(await fixture("model-not-found.jsonl")).errors?.[0]).toContain("404");
  });

  it("takes the last agent message as the answer and names MCP tools by server and tool", () => {
    const lines = [
      { type: "item.completed", item: { id: "item_0", type: "agent_message", text: "I will write it." } },
      {
        type: "item.completed",
        item: { id: "item_1", type: "file_change", changes: [], status: "completed" },
      },
      { type: "item.started", item: { id: "item_2", type: "mcp_tool_call", server: "fs", tool: "read" } },
      { type: "item.completed", item: { id: "item_3", type: "agent_message", text: "Done." } },
      { type: "turn.completed", usage: { input_tokens: 10, output_tokens: 3 } },
      { type: "turn.completed", usage: { input_tokens: 5, output_tokens: 2, reasoning_output_tokens: 1 } },
      "not json",
    ];
    const output = parseCodexEvents(lines.map((line) => JSON.stringify(line)).join("\n"));
    expect(output).toEqual({
      text: "Done.",
      toolCalls: 2,
      toolNames: ["file_change", "fs.read"],
      tokens: { prompt: 15, completion: 5, reasoning: 1 },
    });
  });
});
