#!/usr/bin/env node
// A tiny stand-in agent for isolation tests: reads its task from stdin, dumps its environment and
// working folder, tries to write into the folder the task names, calls the model once, prints JSON lines.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

if (process.argv.includes("--version")) {
  console.log("fake-agent 0.0.1");
  process.exit(0);
}
let task = "";
for await (const chunk of process.stdin) task += chunk;
const say = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
say({ type: "env", env: process.env, cwd: process.cwd() });
const target = /write-into:(\S+)/.exec(task)?.[1];
if (target) {
  try {
    writeFileSync(join(target, "escaped.txt"), "agent was here");
    say({ type: "wrote", path: target });
  } catch (error) {
    say({ type: "refused", code: error.code });
  }
}
writeFileSync("answer.txt", "kept as an artifact\n");
if (task.includes("hang")) {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  say({ type: "child", pid: child.pid });
  setInterval(() => {}, 1000);
} else {
  const answer = await fetch(`${process.env.FAKE_AGENT_BASE_URL}/api/chat`, {
    method: "POST",
    body: JSON.stringify({
      model: process.env.FAKE_AGENT_MODEL,
      stream: false,
      messages: [{ role: "user", content: task }],
    }),
  });
  const body = await answer.json();
  say({ type: "text", text: body.message?.content ?? "" });
}
