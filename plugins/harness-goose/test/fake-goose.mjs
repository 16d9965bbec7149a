#!/usr/bin/env node
// A stand-in for `goose run --output-format stream-json` used by the tests (goose cannot be installed
// here): reads instructions from stdin, talks to GOOSE_PROVIDER=ollama at OLLAMA_HOST like goose's
// Ollama provider (/api/chat with the developer tools), runs a text_editor write, and prints the
// documented stream-json events. Its shapes come from goose's docs and source, not from a real goose.
import { writeFileSync } from "node:fs";

if (process.argv.includes("--version")) {
  console.log("1.9.0");
  process.exit(0);
}
let task = "";
for await (const chunk of process.stdin) task += chunk;
const say = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
const maxTurns = Number(process.argv[process.argv.indexOf("--max-turns") + 1]);
const tools = [
  { type: "function", function: { name: "developer__text_editor", parameters: { type: "object" } } },
  { type: "function", function: { name: "developer__shell", parameters: { type: "object" } } },
];
const messages = [{ role: "user", content: task }];
let total = 0;
for (let turn = 0; turn < maxTurns; turn++) {
  const answer = await fetch(`${process.env.OLLAMA_HOST}/api/chat`, {
    method: "POST",
    body: JSON.stringify({ model: process.env.GOOSE_MODEL, stream: false, tools, messages }),
  });
  if (!answer.ok) {
    say({
      type: "error",
      error: `Request failed: Bad request (${answer.status}): ${(await answer.json()).error}`,
    });
    process.exit(1);
  }
  const body = await answer.json();
  total += body.prompt_eval_count + body.eval_count;
  const calls = body.message.tool_calls ?? [];
  const content = [];
  if (body.message.content) content.push({ type: "text", text: body.message.content });
  for (const [index, call] of calls.entries()) {
    content.push({
      type: "toolRequest",
      id: `call_${turn}_${index}`,
      toolCall: { status: "success", value: call.function },
    });
  }
  say({
    type: "message",
    message: { id: `msg_${turn}`, role: "assistant", created: 0, content, metadata: {} },
  });
  messages.push(body.message);
  if (calls.length === 0) break;
  for (const call of calls) {
    const args = call.function.arguments;
    writeFileSync(args.path, args.file_text);
    messages.push({ role: "tool", content: `Successfully wrote to ${args.path}` });
  }
}
say({ type: "complete", total_tokens: total });
