// `benchloop run` as a user starts it (the built CLI in a child process) against ollama-sim:
// (1) time from spawning the CLI to the simulator receiving the first generation request, as a ratio to
//     `node -e 0` measured in the same run (target ≤ 2.5 ×);
// (2) concurrency efficiency: 400 items at --concurrency 4 against 4 server slots of 200 ms each,
//     whose ideal wall time is 400 × 0.2 s / 4 = 20 s.
// Run after `pnpm build`: node scripts/perf/cli-run.mjs [items, default 400; 0 measures start only]
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, request } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSim } from "../../packages/ollama-sim/dist/index.js";

// The binary users run (npm links it as `benchloop`).
const CLI = fileURLToPath(new URL("../../apps/cli/bin/benchloop.cjs", import.meta.url));
const ITEMS = Number(process.argv[2] ?? 400);
const LATENCY_MS = 200;
const SLOTS = 4;
const TESTS = ["live/http-status-rate-limit", "live/shell-find-large-logs"];
const MODEL = "sim/oracle:latest";

/** A pass-through proxy in front of the simulator that notes when each generation request arrives. */
async function startTimingProxy(target) {
  const arrivals = [];
  const server = createServer((req, res) => {
    if (req.url === "/api/chat" || req.url === "/api/generate") arrivals.push(performance.now());
    const upstream = request(
      new URL(req.url, target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function runCli(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`benchloop ${args.join(" ")} exited ${code}: ${stderr}`));
      else resolve({ started, ended: performance.now() });
    });
  });
}

const rows = [];
// The machine may be shared: its load is printed beside the figures.
const loadBefore = loadavg()[0];
const cwd = await mkdtemp(join(tmpdir(), "benchloop-perf-cli-"));
try {
  // (1) start to first request: a one-item run, median of 7, against `node -e 0` (spawn to exit) measured
  // in the same run, interleaved, so both see the same machine load: the target is a ratio.
  {
    const sim = await startSim({ latencyScale: 0 });
    const proxy = await startTimingProxy(sim.url);
    const gaps = [];
    const bare = [];
    try {
      for (let i = 0; i < 7; i++) {
        const before = proxy.arrivals.length;
        const { started } = await runCli(
          [
            "run",
            "--ollama-url",
            proxy.url,
            "--models",
            MODEL,
            "--tests",
            TESTS[0],
            "--pass-types",
            "blind",
            "--no-cache",
            "-q",
          ],
          cwd,
        );
        gaps.push(proxy.arrivals[before] - started);
        const bareStarted = performance.now();
        await new Promise((resolve, reject) =>
          spawn(process.execPath, ["-e", "0"], { stdio: "ignore" }).on("close", resolve).on("error", reject),
        );
        bare.push(performance.now() - bareStarted);
      }
    } finally {
      await proxy.close();
      await sim.close();
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const start = median(gaps);
    const node = median(bare);
    const ratio = start / node;
    rows.push({
      measure: "CLI start → first model request (median of 7)",
      value: `${start.toFixed(0)} ms`,
      target: "-",
      ok: "-",
    });
    // What this machine needs to start and end a Node process that does nothing: part of every figure
    // above, and not benchloop's to cut.
    rows.push({
      measure: "node -e 0: spawn to exit (median of 7)",
      value: `${node.toFixed(0)} ms`,
      target: "-",
      ok: "-",
    });
    rows.push({
      measure: "start → first request ÷ node -e 0",
      value: `${ratio.toFixed(2)} ×`,
      target: "≤ 2.5 ×",
      ok: ratio <= 2.5 ? "✓" : "✗",
    });
  }
  // (2) concurrency efficiency.
  if (ITEMS > 0) {
    const sim = await startSim({ latencyScale: 0, fixedLatencyMs: LATENCY_MS, numParallel: SLOTS });
    const repeats = Math.ceil(ITEMS / (TESTS.length * 2));
    const items = repeats * TESTS.length * 2;
    try {
      const { started, ended } = await runCli(
        [
          "run",
          "--ollama-url",
          sim.url,
          "--models",
          MODEL,
          "--tests",
          TESTS.join(","),
          "--repeats",
          String(repeats),
          "--concurrency",
          String(SLOTS),
          "--no-cache",
          "-q",
        ],
        cwd,
      );
      const wall = (ended - started) / 1000;
      const ideal = (items * LATENCY_MS) / 1000 / SLOTS;
      const over = (wall / ideal - 1) * 100;
      rows.push({
        measure: `${items} items, ${LATENCY_MS} ms each, ${SLOTS} slots, --concurrency ${SLOTS} (whole CLI run)`,
        value: `${wall.toFixed(2)} s (ideal ${ideal.toFixed(1)} s, +${over.toFixed(1)}%)`,
        target: "within 5% of ideal",
        ok: over <= 5 ? "✓" : "✗",
      });
    } finally {
      await sim.close();
    }
  }
} finally {
  await rm(cwd, { recursive: true, force: true });
}
console.table(rows);
console.log(`load average (1 min): ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after`);
