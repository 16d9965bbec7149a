// Measures what the ollama and openai harnesses cost per item over real HTTP against ollama-sim with
// zero model latency: N items at concurrency 4 through `generate` (transcript written through core's
// own artifact writer, settled before the item counts as done, as the kernel does), fitted as a + b·N,
// next to plain fetch of the same stream in the same run (the floor: HTTP + simulator). The variants
// take turns at every size, round after round, so a machine whose speed drifts slows all of them
// alike; the ratio harness / fetch is the figure to compare. The simulator runs in its own process, as
// a model server does (`--in-process` puts it in this one, charging its work to the figures too).
// Run after `pnpm build`: node scripts/perf/harness-overhead.mjs [--in-process]
import { spawn } from "node:child_process";
import { once } from "node:events";

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createArtifactWriter } from "../../packages/core/dist/index.js";
import { startSim } from "../../packages/ollama-sim/dist/index.js";
import { createOllamaHarness, OllamaHarnessConfigSchema } from "../../plugins/harness-ollama/dist/index.js";
import { createOpenAiHarness, OpenAiHarnessConfigSchema } from "../../plugins/harness-openai/dist/index.js";

const PROMPT = "Write add(a, b).";
const ANSWER = "export function add(a: number, b: number): number {\n  return a + b;\n}\n".repeat(3);
const CONCURRENCY = 4;
const SIZES = [100, 200, 400];
// Five rounds, and the median of each variant's rounds at each size is fitted (not every point): one
// round slowed by another process on a shared machine no longer tilts the line.
const ROUNDS = 5;
const SAMPLING = { temperature: 0, seed: 42 };

const noop = () => {};
const logger = { debug: noop, info: noop, warn: noop, error: noop };
/** Deps as the registry gives them: the config already parsed by the harness's schema. */
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

/** The median of each size's values: [[size, value], …] → one point per size. */
function medianPerSize(points) {
  const bySize = new Map();
  for (const [size, value] of points) bySize.set(size, [...(bySize.get(size) ?? []), value]);
  return [...bySize].map(([size, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [size, sorted[Math.floor(sorted.length / 2)]];
  });
}

/**
 * Measures every variant at every size, the variants taking turns, ROUNDS times over; fits wall time
 * and this process's CPU time as a + b·N for each, over the median of the rounds at each size.
 */
async function measureTogether(tasks) {
  for (const task of Object.values(tasks)) await runPool(50, task);
  const points = Object.fromEntries(Object.keys(tasks).map((name) => [name, { wall: [], cpu: [] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of SIZES) {
      for (const [name, task] of Object.entries(tasks)) {
        globalThis.gc?.();
        const run = await runPool(size, task);
        points[name].wall.push([size, run.wall]);
        points[name].cpu.push([size, run.cpu]);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(points).map(([name, { wall, cpu }]) => [
      name,
      { ...fitLine(medianPerSize(wall)), cpu: fitLine(medianPerSize(cpu)) },
    ]),
  );
}

const runDir = await mkdtemp(join(tmpdir(), "benchloop-harness-perf-"));
const ctxFor = (index) => {
  const itemKey = `sim/oracle|perf|add|blind#${index % 1000}`;
  return {
    signal: new AbortController().signal,
    logger,
    itemKey,
    timeoutMs: 60_000,
    artifacts: createArtifactWriter(runDir, itemKey),
  };
};
/** One item through a harness: its answer checked, its artifacts on disk before it counts as done. */
const generateItem = async (harness, index) => {
  const ctx = ctxFor(index);
  const generation = await harness.generate(request, ctx);
  if (generation.text !== ANSWER) throw new Error("wrong answer from the simulator");
  await ctx.artifacts.settled();
};
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
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
    stdio: ["pipe", "pipe", "inherit"],
  });
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
  const completionBody = JSON.stringify({
    model: "sim/oracle",
    messages: [{ role: "user", content: PROMPT }],
    stream: true,
    stream_options: { include_usage: true },
    ...SAMPLING,
  });
  const ollama = createOllamaHarness(deps(OllamaHarnessConfigSchema.parse({ baseUrl: sim.url })));
  const openai = createOpenAiHarness(deps(OpenAiHarnessConfigSchema.parse({ baseUrl: `${sim.url}/v1` })));
  const fits = await measureTogether({
    rawOllama: async () => {
      const response = await fetch(`${sim.url}/api/chat`, { method: "POST", body: chatBody });
      await response.text();
    },
    viaOllama: (index) => generateItem(ollama, index),
    rawOpenAi: async () => {
      const response = await fetch(`${sim.url}/v1/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: completionBody,
      });
      await response.text();
    },
    viaOpenAi: (index) => generateItem(openai, index),
  });
  const { rawOllama, viaOllama, rawOpenAi, viaOpenAi } = fits;

  const ms = (value) => `${value.toFixed(3)} ms/item`;
  const ratio = (value, floor) => `${(value / floor).toFixed(2)} x`;
  rows.push([
    `plain fetch of /api/chat (stream), concurrency ${CONCURRENCY}`,
    ms(rawOllama.b),
    "(floor: HTTP + simulator)",
  ]);
  rows.push(["ollama harness generate, transcript written", ms(viaOllama.b), ""]);
  rows.push(["  harness / plain fetch", ratio(viaOllama.b, rawOllama.b), "<= 1.3"]);
  rows.push([
    `plain fetch of /v1/chat/completions (SSE), concurrency ${CONCURRENCY}`,
    ms(rawOpenAi.b),
    "(floor)",
  ]);
  rows.push(["openai harness generate, transcript written", ms(viaOpenAi.b), ""]);
  rows.push(["  harness / plain fetch", ratio(viaOpenAi.b, rawOpenAi.b), "<= 1.3"]);
  if (!inProcess) {
    rows.push(["client CPU per item (this process; the server's work is not in it)", "", ""]);
    rows.push(["  plain fetch, /api/chat", ms(rawOllama.cpu.b), ""]);
    rows.push(["  ollama harness generate, transcript written", ms(viaOllama.cpu.b), "<= 1 ms/item"]);
    rows.push(["    harness / plain fetch", ratio(viaOllama.cpu.b, rawOllama.cpu.b), ""]);
    rows.push(["  plain fetch, /v1/chat/completions", ms(rawOpenAi.cpu.b), ""]);
    rows.push(["  openai harness generate, transcript written", ms(viaOpenAi.cpu.b), "<= 1 ms/item"]);
    rows.push(["    harness / plain fetch", ratio(viaOpenAi.cpu.b, rawOpenAi.cpu.b), ""]);
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
  `answer: ${ANSWER.length} characters streamed token by token; fit over N = ${SIZES.join(", ")} (median of ${ROUNDS} rounds each), variants interleaved; simulator ${inProcess ? "in this process" : "in its own process"}`,
);
console.log(line(["figure", "value", "target"]));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(row));
