// Measures ollama-sim itself (built dist): requests per second with zero model latency, streamed
// chunks per second, and how closely fixedLatencyMs with parallel slots matches the ideal wall time.
// Run after `pnpm build`: node scripts/perf/sim-throughput.mjs

import { createServer } from "node:http";
import { startSim } from "../../packages/ollama-sim/dist/index.js";

const ANSWER = "export function add(a: number, b: number): number {\n  return a + b;\n}\n".repeat(6);
const PROMPT = "Write add(a, b).";

async function runPool(total, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      await task();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
}

async function post(url, body) {
  const response = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text}`);
  return text;
}

const rows = [];

/** A bare node:http server answering a small JSON body: the floor of this machine. */
async function startBare() {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end('{"ok":true}');
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

{
  // Alternating rounds, medians: a shared machine's load swings more than the difference measured.
  const bare = await startBare();
  const sim = await startSim({ latencyScale: 0, answers: [{ prompt: PROMPT, answer: ANSWER }] });
  const body = { model: "sim/oracle", messages: [{ role: "user", content: PROMPT }], stream: false };
  const perRound = 400;
  const bareRounds = [];
  const simRounds = [];
  await runPool(200, 4, () => post(bare.url, {}));
  await runPool(200, 4, () => post(`${sim.url}/api/chat`, body));
  for (let round = 0; round < 7; round++) {
    bareRounds.push((await runPool(perRound, 4, () => post(bare.url, {}))) / perRound);
    simRounds.push((await runPool(perRound, 4, () => post(`${sim.url}/api/chat`, body))) / perRound);
  }
  const bareMs = median(bareRounds);
  const simMs = median(simRounds);
  bare.close();
  rows.push([
    "bare node:http baseline, concurrency 4 (median)",
    `${bareMs.toFixed(3)} ms/req`,
    "(floor of this machine)",
  ]);
  rows.push(["non-streaming /api/chat, latency 0, concurrency 4", `${simMs.toFixed(3)} ms/req`, ""]);
  rows.push([
    "  simulator overhead over the baseline",
    `${(simMs - bareMs).toFixed(3)} ms/req`,
    "<= 0.5 ms/req",
  ]);
  const streamTotal = 300;
  let chunks = 0;
  const streamMs = await runPool(streamTotal, 4, async () => {
    const text = await post(`${sim.url}/api/generate`, { model: "sim/oracle", prompt: PROMPT });
    chunks += text.split("\n").length - 1;
  });
  rows.push([
    "streamed NDJSON chunks, latency 0, concurrency 4",
    `${Math.round((chunks / streamMs) * 1000)} chunks/s`,
    ">= 10000 chunks/s",
  ]);
  await sim.close();
}

{
  const fixedLatencyMs = 200;
  const slots = 4;
  const total = 40;
  const sim = await startSim({
    fixedLatencyMs,
    numParallel: slots,
    answers: [{ prompt: PROMPT, answer: ANSWER }],
  });
  const body = { model: "sim/oracle", prompt: PROMPT, stream: false };
  const ms = await runPool(total, slots * 2, () => post(`${sim.url}/api/generate`, body));
  const ideal = (total / slots) * fixedLatencyMs;
  rows.push([
    `fixedLatencyMs ${fixedLatencyMs}, ${slots} slots, ${total} requests`,
    `${Math.round(ms)} ms (ideal ${ideal}, +${(((ms - ideal) / ideal) * 100).toFixed(1)}%)`,
    "within 5% of ideal",
  ]);
  const stats = sim.stats();
  rows.push(["  most generations at once", String(stats.maxInFlight), `= ${slots}`]);
  await sim.close();
}

const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), 6));
const line = (cells) => cells.map((cell, index) => cell.padEnd(widths[index])).join("  ");
console.log(line(["figure", "value", "target"]));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(row));
