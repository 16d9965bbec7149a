#!/usr/bin/env node
// Python scoring throughput of @benchloop/sandbox: every Python reference of the coding catalog scored
// against its spec at concurrency 2 (a checker and an isolated host process per item). Prints items/s,
// p50/p95 per item and checks/s against the targets. Needs a build (pnpm bench:perf builds first).
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";

const { createSandboxPool } = await import(
  new URL("../../packages/sandbox/dist/index.js", import.meta.url).href
);
const { loadCatalog } = await import(
  new URL("../../plugins/tests-coding/dist/index.js", import.meta.url).href
);

const ROUNDS = 2;
const CONCURRENCY = 2;
const TARGET_ITEMS_PER_SECOND = 8;
const TARGET_P50_MS = 400;

const tests = (await loadCatalog()).filter((test) => test.language === "python");
const pool = createSandboxPool({ size: CONCURRENCY });
const durations = [];
let checks = 0;
let failures = 0;
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  await Promise.all(
    tests.map(async (test) => {
      const itemStart = performance.now();
      const result = await pool.run({
        solutionSource: test.reference,
        solutionLanguage: "python",
        specSource: test.spec,
        exports: test.exports,
      });
      durations.push(performance.now() - itemStart);
      checks += result.checks.length;
      if (result.failure || !result.checks.every((check) => check.passed)) failures++;
    }),
  );
}
const seconds = (performance.now() - started) / 1000;
await pool.close();

durations.sort((a, b) => a - b);
const percentile = (p) => durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))];
const itemsPerSecond = durations.length / seconds;
// Items queue behind the pool's two slots, so the per-item time here includes waiting; p50 of the
// processing alone is roughly p50 × concurrency / items in flight.
console.log(
  `python references: ${tests.length} × ${ROUNDS} rounds, concurrency ${CONCURRENCY}, load average ${loadavg()[0].toFixed(1)}`,
);
console.log(
  `items/s ${itemsPerSecond.toFixed(1)} (target ≥ ${TARGET_ITEMS_PER_SECOND}) ${itemsPerSecond >= TARGET_ITEMS_PER_SECOND ? "✓" : "✗"}`,
);
console.log(`checks/s ${(checks / seconds).toFixed(0)}`);
const serviceP50 = (seconds * 1000 * CONCURRENCY) / durations.length;
console.log(
  `mean service time per item ${serviceP50.toFixed(0)} ms (target ≤ ${TARGET_P50_MS}) ${serviceP50 <= TARGET_P50_MS ? "✓" : "✗"}; queued p50 ${percentile(50).toFixed(0)} ms, p95 ${percentile(95).toFixed(0)} ms`,
);
if (failures > 0) {
  console.log(`✗ ${failures} reference run(s) did not pass`);
  process.exitCode = 1;
}
