// Measures the analysis commands on two synthetic 100,000-item runs: compare (read both runs through
// the migration chain, then compare) and CSV / JSONL export of both runs to a file. Each task runs in
// its own process so its peak RSS is its own. Targets: ≤ 3 s and ≤ 500 MB per task. A last row, with
// no target, times a bare JSON.parse of one run.json: how fast this machine is at the least any reader does.
// Run after `pnpm build`: node scripts/perf/analysis.mjs [items] [--dir <folder to keep the runs in>]

import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { fileURLToPath } from "node:url";

const core = "../../packages/core/dist/index.js";
const csvPlugin = "../../plugins/exporter-csv/dist/index.js";
const jsonPlugin = "../../plugins/exporter-json/dist/index.js";
const TARGET_MS = 3000;
const TARGET_MB = 500;

const noop = () => {};
const logger = { debug: noop, info: noop, warn: noop, error: noop };

/** A small seeded generator so the synthetic runs are the same every time. */
function createLcg(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MODELS = Array.from(
  { length: 20 },
  (_, i) => `model-${String(i).padStart(2, "0")}:${(i % 4) * 4 + 4}b`,
);
const HARNESSES = ["ollama", "openai", "opencode", "goose", "codex"];
const ANSWER =
  'export function add(a: number, b: number): number {\n  // adds two numbers, with a comma, and "quotes"\n  return a + b;\n}\n';

/** Writes a run of `count` items; run B flips about 5% of the outcomes of run A. */
async function writeRun(dir, runId, count, flip) {
  const random = createLcg(42);
  await mkdir(dir, { recursive: true });
  const out = createWriteStream(join(dir, "run.json"));
  const write = (text) =>
    out.write(text) ? undefined : new Promise((resolve) => out.once("drain", resolve));
  const tests = Math.ceil(count / (MODELS.length * HARNESSES.length * 2));
  let passed = 0;
  await write(
    `{"schemaVersion":1,"runId":"${runId}","status":"completed","startedAt":"2026-03-01T00:00:00.000Z","endedAt":"2026-03-01T10:00:00.000Z","durationMs":36000000,"simulated":true,"plugins":[],"items":[`,
  );
  for (let i = 0; i < count; i++) {
    const model = MODELS[i % MODELS.length];
    const harness = HARNESSES[Math.floor(i / MODELS.length) % HARNESSES.length];
    const passType = Math.floor(i / (MODELS.length * HARNESSES.length)) % 2 === 0 ? "blind" : "informed";
    const test = `test-${Math.floor(i / (MODELS.length * HARNESSES.length * 2)) % tests}`;
    let pass = random() < 0.6;
    const noise = random();
    if (flip && noise < 0.05) pass = !pass;
    if (pass) passed++;
    const checks = Array.from({ length: 4 }, (_, c) => ({
      name: `check ${c}`,
      passed: pass || c < 2,
      expected: c * 2,
      actual: pass || c < 2 ? c * 2 : -1,
    }));
    const item = {
      key: `${model}|${harness}|${test}|${passType}#1`,
      hash: (i * 2654435761).toString(16).padStart(64, "0"),
      model,
      modelDigest: "sha256:5e2d8b1f6b4c0a3f",
      harness,
      test,
      testVersion: "1.0.0",
      suite: "coding",
      passType,
      repeat: 1,
      status: pass ? "passed" : "failed",
      startedAt: "2026-03-01T00:00:00.000Z",
      endedAt: "2026-03-01T00:00:03.000Z",
      attempts: 1,
      cache: "miss",
      prompt: { hash: "9f0e1d2c3b4a5968" },
      generation: {
        text: ANSWER,
        tokens: { prompt: 120, completion: 48 },
        timing: { wallMs: 2500 + (i % 100), ttftMs: 300, evalMs: 1200 },
        doneReason: "stop",
      },
      score: { scorer: "code", scorerVersion: "1", passed: pass, value: pass ? 1 : 0.5, checks },
      judge: { status: "ok", judge: "judge:8b", score: pass ? 0.9 : 0.4, criteria: [], latencyMs: 800 },
      metrics: { wallMs: 3000 + (i % 100), ttftMs: 300, decodeTokensPerSec: 20 + (i % 10) },
    };
    await write(`${i === 0 ? "" : ","}\n${JSON.stringify(item)}`);
  }
  const summary = {
    items: count,
    passed,
    failed: count - passed,
    error: 0,
    skipped: 0,
    errorsByType: {},
    cache: { hits: 0, misses: count },
    byModel: {},
    byHarness: {},
  };
  await write(`\n],"summary":${JSON.stringify(summary)}}\n`);
  out.end();
  await finished(out);
}

/** Time, CPU time and peak RSS of this process so far, from `started`. */
function figures(started) {
  const ms = performance.now() - started;
  const usage = process.resourceUsage();
  // CPU time says what the task costs even when other processes share the cores.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  return JSON.stringify({ ms, cpuMs, rssMb: usage.maxRSS / 1024 });
}

async function task(name, args) {
  const [dirA, dirB, outDir] = args;
  if (name === "reference") {
    // What this machine needs just to JSON.parse one run.json (nothing validated, nothing built).
    const started = performance.now();
    JSON.parse(await readFile(join(dirA, "run.json"), "utf8"));
    process.stdout.write(figures(started));
    return;
  }
  const { readRunFile, compareRuns } = await import(core);
  const started = performance.now();
  const runs = [(await readRunFile(dirA)).run, (await readRunFile(dirB)).run];
  if (name === "compare") {
    // As `benchloop compare A B` does by default: grouped by model.
    const comparison = compareRuns({ run: runs[0] }, { run: runs[1] });
    JSON.stringify(comparison);
  } else {
    const plugin =
      name === "csv"
        ? (await import(csvPlugin)).createCsvExporter()
        : (await import(jsonPlugin)).createJsonlExporter();
    const file = join(outDir, `export.${name}`);
    const output = createWriteStream(file);
    await plugin.export({ runs, options: {} }, { output, signal: new AbortController().signal, logger });
    output.end();
    await finished(output);
  }
  process.stdout.write(figures(started));
}

async function exists(file) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const dirFlag = args.indexOf("--dir");
  const kept = dirFlag >= 0 ? args[dirFlag + 1] : undefined;
  const count = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--dir") ?? 100_000);
  const dir = kept ?? (await mkdtemp(join(tmpdir(), "benchloop-perf-analysis-")));
  try {
    const dirA = join(dir, "20260301T000000Z-aaaaaa");
    const dirB = join(dir, "20260302T000000Z-bbbbbb");
    if (!(await exists(join(dirB, "run.json")))) {
      await writeRun(dirA, "20260301T000000Z-aaaaaa", count, false);
      await writeRun(dirB, "20260302T000000Z-bbbbbb", count, true);
    }
    const size = (await stat(join(dirA, "run.json"))).size / 1024 / 1024;
    console.log(
      `two synthetic runs of ${count.toLocaleString("en")} items (run.json ${size.toFixed(0)} MB each)\n`,
    );
    console.log(
      `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (wall time grows with it; CPU time does not)\n`,
    );
    console.log("task                          time      CPU     peak RSS   targets");
    let failed = 0;
    for (const [name, label] of [
      ["compare", "compare A B (read + compare)"],
      ["csv", "export A B --format csv"],
      ["jsonl", "export A B --format jsonl"],
      ["reference", "(JSON.parse of A alone)"],
    ]) {
      const child = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), "--task", name, dirA, dirB, dir],
        { encoding: "utf8" },
      );
      if (child.status !== 0) {
        console.log(`${label.padEnd(30)}failed: ${child.stderr.trim().split("\n").slice(-3).join(" ")}`);
        failed++;
        continue;
      }
      const { ms, cpuMs, rssMb } = JSON.parse(child.stdout);
      const reference = name === "reference";
      const ok = ms <= TARGET_MS && rssMb <= TARGET_MB;
      if (!ok && !reference) failed++;
      console.log(
        `${label.padEnd(30)}${`${(ms / 1000).toFixed(2)} s`.padStart(7)}  ${`${(cpuMs / 1000).toFixed(2)} s`.padStart(7)}  ${`${rssMb.toFixed(0)} MB`.padStart(9)}   ${reference ? "machine speed, no target" : `≤ 3 s, ≤ 500 MB ${ok ? "✓" : "✗"}`}`,
      );
    }
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    if (!kept) await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--task") await task(process.argv[3], process.argv.slice(4));
else await main();
