// Measures what the ollama and openai harnesses cost per item over real HTTP against ollama-sim with
// zero model latency: N items at concurrency 4 through `generate` (transcript written to a temp folder
// each time), fitted as a + b·N, next to plain fetch of the same stream (the floor: HTTP + simulator).
// The simulator runs in its own process, as a model server does (`--in-process` puts it in this one,
// charging its work to the figures too).
// Run after `pnpm build`: node scripts/perf/harness-overhead.mjs [--in-process]
import { spawn } from "node:child_process";
import { once } from "node:events";

import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { startSim } from "../../packages/ollama-sim/dist/index.js";
import { createOllamaHarness } from "../../plugins/harness-ollama/dist/index.js";
import { createOpenAiHarness } from "../../plugins/harness-openai/dist/index.js";

const PROMPT = "Write add(a, b).";
const ANSWER = "export function add(a: number, b: number): number {\n  return a + b;\n}\n".repeat(3);
const CONCURRENCY = 4;
const SIZES = [100, 200, 400, 800];
const SAMPLING = { temperature: 0, seed: 42 };

const noop = () => {};
const logger = { debug: noop, info: noop, warn: noop, error: noop };
const deps = (config) => ({
  config,
  logger,
  clock: { now: () => Date.now(), monotonic: () => performance.now() },
  secrets: { get: () => undefined },
  cwd: process.cwd(),
});

/** Runs `total` tasks, CONCURRENCY at a time: wall ms, and CPU ms of this process (the client's work). */
async function runPool(total, task) {
  let next = 0;
  const worker = async () => {
    while (next < total) await task(next++);
  };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

/** Least-squares fit of ms = a + b·n over the sizes; returns { a, b }. */
function fitLine(points) {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxy = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const b = sxy / sxx;
  return { a: meanY - b * meanX, b };
}

/** Fits wall time and this process's CPU time as a + b·N. */
async function measure(task) {
  await runPool(50, task);
  globalThis.gc?.();
  const wall = [];
  const cpu = [];
  for (const size of SIZES) {
    const run = await runPool(size, task);
    wall.push([size, run.wall]);
    cpu.push([size, run.cpu]);
  }
  return { ...fitLine(wall), cpu: fitLine(cpu) };
}

const runDir = await mkdtemp(join(tmpdir(), "benchloop-harness-perf-"));
const ctxFor = (index) => ({
  signal: new AbortController().signal,
  logger,
  itemKey: `sim/oracle|perf|add|blind#${index}`,
  timeoutMs: 60_000,
  artifacts: {
    async write(name, content) {
      const path = join("artifacts", String(index % 1000), name);
      await mkdir(dirname(join(runDir, path)), { recursive: true });
      await writeFile(join(runDir, path), content);
      return path;
    },
  },
});
const request = { model: "sim/oracle", prompt: PROMPT, passType: "blind", testId: "add", sampling: SAMPLING };

const SIM_OPTIONS = { latencyScale: 0, answers: [{ prompt: PROMPT, answer: ANSWER }] };
const inProcess = process.argv.includes("--in-process");

/** The simulator in a child process: its URL, and how to stop it. */
async function startSimProcess() {
  const simModule = new URL("../../packages/ollama-sim/dist/index.js", import.meta.url).href;
  const script = `const { startSim } = await import(${JSON.stringify(simModule)});
const sim = await startSim(${JSON.stringify(SIM_OPTIONS)});
process.stdout.write(sim.url + "\\n");
process.stdin.on("end", () => sim.close().then(() => process.exit(0)));
process.stdin.resume();`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  const [chunk] = await once(child.stdout, "data");
  return {
    url: String(chunk).trim(),
    close: async () => {
      child.stdin.end();
      await once(child, "exit");
    },
  };
}

const sim = inProcess ? await startSim(SIM_OPTIONS) : await startSimProcess();
const rows = [];
try {
  const chatBody = JSON.stringify({
    model: "sim/oracle",
    messages: [{ role: "user", content: PROMPT }],
    stream: true,
    options: SAMPLING,
  });
  const rawOllama = await measure(async () => {
    const response = await fetch(`${sim.url}/api/chat`, { method: "POST", body: chatBody });
    await response.text();
  });
  const ollama = createOllamaHarness(deps({ baseUrl: sim.url }));
  const viaOllama = await measure(async (index) => {
    const generation = await ollama.generate(request, ctxFor(index));
    if (generation.text !== ANSWER) throw new Error("wrong answer from the simulator");
  });

  const completionBody = JSON.stringify({
    model: "sim/oracle",
    messages: [{ role: "user", content: PROMPT }],
    stream: true,
    stream_options: { include_usage: true },
    ...SAMPLING,
  });
  const rawOpenAi = await measure(async () => {
    const response = await fetch(`${sim.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: completionBody,
    });
    await response.text();
  });
  const openai = createOpenAiHarness(deps({ baseUrl: `${sim.url}/v1` }));
  const viaOpenAi = await measure(async (index) => {
    const generation = await openai.generate(request, ctxFor(index));
    if (generation.text !== ANSWER) throw new Error("wrong answer from the simulator");
  });

  const ms = (value) => `${value.toFixed(3)} ms/item`;
  rows.push([
    `plain fetch of /api/chat (stream), concurrency ${CONCURRENCY}`,
    ms(rawOllama.b),
    "(floor: HTTP + simulator)",
  ]);
  rows.push(["ollama harness generate, transcript written", ms(viaOllama.b), "<= 1 ms/item"]);
  rows.push(["  harness cost over plain fetch", ms(viaOllama.b - rawOllama.b), ""]);
  rows.push([
    `plain fetch of /v1/chat/completions (SSE), concurrency ${CONCURRENCY}`,
    ms(rawOpenAi.b),
    "(floor)",
  ]);
  rows.push(["openai harness generate, transcript written", ms(viaOpenAi.b), "<= 1 ms/item"]);
  rows.push(["  harness cost over plain fetch", ms(viaOpenAi.b - rawOpenAi.b), ""]);
  if (!inProcess) {
    rows.push(["client CPU per item (this process; the server's work is not in it)", "", ""]);
    rows.push(["  plain fetch, /api/chat", ms(rawOllama.cpu.b), ""]);
    rows.push(["  ollama harness generate, transcript written", ms(viaOllama.cpu.b), "<= 1 ms/item"]);
    rows.push(["  plain fetch, /v1/chat/completions", ms(rawOpenAi.cpu.b), ""]);
    rows.push(["  openai harness generate, transcript written", ms(viaOpenAi.cpu.b), "<= 1 ms/item"]);
  }
  rows.push([
    `fixed cost a (ollama, openai)`,
    `${viaOllama.a.toFixed(1)} ms, ${viaOpenAi.a.toFixed(1)} ms`,
    "",
  ]);
} finally {
  await sim.close();
  await rm(runDir, { recursive: true, force: true });
}

const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 6));
const line = (cells) => cells.map((cell, index) => cell.padEnd(widths[index])).join("  ");
console.log(
  `answer: ${ANSWER.length} characters streamed token by token; fit over N = ${SIZES.join(", ")}; simulator ${inProcess ? "in this process" : "in its own process"}`,
);
console.log(line(["figure", "value", "target"]));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(row));
