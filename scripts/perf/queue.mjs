// Distributed runs on BullMQ and a real redis-server (Debian's package), with the built CLI:
// (1) queue overhead per item over in-process: the same 800 items at --concurrency 8 against a
//     zero-latency simulator, in one process and through two workers (target ≤ 5 ms per item);
// (2) enqueueing 10,000 items through the coordinator's executor (target ≤ 2 s);
// (3) two workers, each beside its own simulator of fixed 200 ms latency and 4 slots: 800 items at
//     --concurrency 8, whose ideal wall time is 800 × 0.2 s / 8 = 20 s (target within 10 %).
// Run after `pnpm build`: node scripts/perf/queue.mjs [items, default 800]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSim } from "../../packages/ollama-sim/dist/index.js";
import { createBullmqProvider } from "../../plugins/executor-bullmq/dist/index.js";

const CLI = fileURLToPath(new URL("../../apps/cli/dist/main.js", import.meta.url));
const REDIS = process.env.BENCHLOOP_REDIS_SERVER ?? "/usr/bin/redis-server";
const ITEMS = Number(process.argv[2] ?? 800);
const TESTS = [
  "live/http-status-rate-limit",
  "live/shell-find-large-logs",
  "live/postgres-default-port",
  "live/http-status-created",
];
const MODEL = "sim/oracle:latest";

if (!existsSync(REDIS)) {
  console.log(
    `redis-server not found at ${REDIS}: apt-get install -y redis-server (or set BENCHLOOP_REDIS_SERVER)`,
  );
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const child = spawn(
    REDIS,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: "ignore",
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

/** Starts `benchloop worker` beside `ollamaUrl`; resolves once it serves. */
function startWorker(queue, ollamaUrl, cwd, concurrency = 4) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, "worker", "--queue", queue, "--ollama-url", ollamaUrl, "--concurrency", String(concurrency)],
      { cwd, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (/ serves /.test(out))
        resolve({ stop: () => new Promise((done) => child.once("close", done).kill("SIGTERM")) });
    });
    child.stderr.on("data", (chunk) => {
      out += chunk;
    });
    child.on("close", (code) => reject(new Error(`worker exited ${code}: ${out}`)));
  });
}

function runCli(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`benchloop ${args.join(" ")} exited ${code}: ${stderr}`));
      else resolve((performance.now() - started) / 1000);
    });
  });
}

const repeats = Math.ceil(ITEMS / (TESTS.length * 2));
const items = repeats * TESTS.length * 2;
const runArgs = (extra) => [
  "run",
  "--models",
  MODEL,
  "--harnesses",
  "ollama",
  "--tests",
  TESTS.join(","),
  "--repeats",
  String(repeats),
  "--concurrency",
  "8",
  "--no-cache",
  "-q",
  ...extra,
];

const rows = [];
const loadBefore = loadavg()[0];
const cwd = await mkdtemp(join(tmpdir(), "benchloop-perf-queue-"));
const redis = await startRedis();
try {
  // (1) overhead per item over in-process, zero-latency simulator, two workers.
  {
    const sim = await startSim({ latencyScale: 0, numParallel: 8 });
    const workers = await Promise.all([
      startWorker(redis.url, sim.url, cwd),
      startWorker(redis.url, sim.url, cwd),
    ]);
    try {
      const local = await runCli(runArgs(["--ollama-url", sim.url]), cwd);
      const spread = await runCli(runArgs(["--queue", redis.url]), cwd);
      const overheadMs = ((spread - local) * 1000) / items;
      rows.push({
        measure: `${items} items at --concurrency 8, zero-latency sim: in-process / two workers`,
        value: `${local.toFixed(2)} s / ${spread.toFixed(2)} s`,
        target: "-",
        ok: "-",
      });
      rows.push({
        measure: "queue overhead per item over in-process",
        value: `${overheadMs.toFixed(2)} ms`,
        target: "≤ 5 ms",
        ok: overheadMs <= 5 ? "✓" : "✗",
      });
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      await sim.close();
    }
  }
  // (2) enqueueing 10,000 items: the coordinator's executor, no worker serving their route.
  {
    const COUNT = 10_000;
    const logger = { debug() {}, info() {}, warn() {}, error() {} };
    const executor = await createBullmqProvider().open(
      { url: redis.url },
      { signal: new AbortController().signal, logger },
    );
    const abort = new AbortController();
    const test = {
      id: "perf/enqueue",
      version: "1",
      source: "perf",
      suite: "perf",
      contentHash: "perf-enqueue-test",
      prompts: { blind: "x", informed: "x" },
      scorer: "rubric",
      tags: [],
    };
    const ctx = {
      signal: abort.signal,
      artifacts: { write: async () => "" },
      generated: async () => undefined,
    };
    const { Redis } = await import("../../plugins/executor-bullmq/node_modules/ioredis/built/index.js");
    const client = new Redis(redis.url);
    const { createHash } = await import("node:crypto");
    const queue = `benchloop:items-${createHash("sha256").update("perf\u0000perf-model").digest("hex").slice(0, 20)}`;
    const started = performance.now();
    for (let index = 0; index < COUNT; index++) {
      const item = {
        key: `perf-model|perf|perf/enqueue|blind#${index}`,
        hash: `h${index}`,
        model: "perf-model",
        harness: "perf",
        test: test.id,
        passType: "blind",
        repeat: index,
      };
      executor
        .execute(
          {
            runId: "perf-enqueue",
            index,
            item,
            test,
            sampling: {},
            timeouts: { prepareMs: 1000, generateMs: 1000, scoreMs: 1000, judgeMs: 1000 },
            retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
            scorer: { id: "rubric", version: "1" },
            cache: false,
          },
          ctx,
        )
        .catch(() => undefined);
    }
    while ((await client.llen(`${queue}:wait`)) < COUNT)
      await new Promise((resolve) => setTimeout(resolve, 5));
    const seconds = (performance.now() - started) / 1000;
    abort.abort();
    client.disconnect();
    await executor.close();
    rows.push({
      measure: `enqueueing ${COUNT} items (until all are waiting in Redis)`,
      value: `${seconds.toFixed(2)} s`,
      target: "≤ 2 s",
      ok: seconds <= 2 ? "✓" : "✗",
    });
  }
  // (3) two workers, each beside a 200 ms simulator with 4 slots.
  {
    const sims = await Promise.all(
      [0, 1].map(() => startSim({ latencyScale: 0, fixedLatencyMs: 200, numParallel: 4 })),
    );
    const workers = await Promise.all(sims.map((sim) => startWorker(redis.url, sim.url, cwd)));
    const reference = await startSim({ latencyScale: 0, fixedLatencyMs: 200, numParallel: 8 });
    try {
      // The same items in one process against one 8-slot simulator: what this machine's load costs.
      const local = await runCli(runArgs(["--ollama-url", reference.url]), cwd);
      const localOver = (local / ((items * 0.2) / 8) - 1) * 100;
      rows.push({
        measure: `reference: the same ${items} items in-process, one simulator × 8 slots`,
        value: `${local.toFixed(2)} s (+${localOver.toFixed(1)}%)`,
        target: "-",
        ok: "-",
      });
      const wall = await runCli(runArgs(["--queue", redis.url]), cwd);
      const ideal = (items * 0.2) / 8;
      const over = (wall / ideal - 1) * 100;
      rows.push({
        measure: `${items} items, 200 ms each, two workers × 4 slots, --concurrency 8 (whole CLI run)`,
        value: `${wall.toFixed(2)} s (ideal ${ideal.toFixed(1)} s, +${over.toFixed(1)}%)`,
        target: "within 10% of ideal",
        ok: over <= 10 ? "✓" : "✗",
      });
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      await Promise.all([...sims, reference].map((sim) => sim.close()));
    }
  }
} finally {
  redis.stop();
  await rm(cwd, { recursive: true, force: true });
}
console.table(rows);
console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
if (rows.some((row) => row.ok === "✗")) process.exitCode = 1;
