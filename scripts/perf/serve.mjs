#!/usr/bin/env node
// `benchloop serve` (the built CLI) in Chromium: (1) the runs page of a results folder holding 200
// archived runs of 400 items each, from navigation to the table loaded (first load after the server
// starts, then the median of warm loads; target ≤ 1 s); (2) from an item finishing in the kernel (its
// event's time) to its row on the live page, for every item of a demo run (p95; target ≤ 250 ms).
// Usage: node scripts/perf/serve.mjs [warm loads, default 5] [--verbose: every item's lag]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { migrateRun, summarizeRun, writeRunFile } from "../../packages/core/dist/index.js";

const VERBOSE = process.argv.includes("--verbose");
const LOADS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const RUNS = 200;
const ITEMS = 400;
const TARGET_PAGE_MS = 1000;
const TARGET_LIVE_P95_MS = 250;
const CHROMIUM = "/usr/bin/chromium";
const CLI = new URL("../../apps/cli/dist/main.js", import.meta.url).pathname;
const FIXTURE = new URL("../../tests/browser/fixtures/plebdev-bench-run.json", import.meta.url);

const require = createRequire(new URL("../../tests/package.json", import.meta.url));
const playwright = await import(pathToFileURL(require.resolve("playwright-core")).href);
const chromium = playwright.chromium ?? playwright.default.chromium;

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const p95 = (v) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.ceil(v.length * 0.95) - 1)];

if (!existsSync(CHROMIUM)) {
  console.log(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium).`);
  process.exit(1);
}

/** 200 runs of 400 items (the plebdev fixture's items), written and indexed as the store writes them. */
async function writeArchive(resultsDir) {
  const fixture = migrateRun(JSON.parse(await readFile(FIXTURE, "utf8")), FIXTURE.pathname);
  const base = fixture.items.slice(0, ITEMS);
  const entries = [];
  for (let r = 0; r < RUNS; r++) {
    const start = new Date(Date.UTC(2026, 0, 1) + r * 3_600_000);
    const stamp = start
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z");
    const runId = `${stamp}-${r.toString(16).padStart(6, "0")}`;
    const items = base.map((item, i) => ({ ...item, status: (i + r) % 3 === 0 ? "failed" : item.status }));
    const run = {
      ...fixture,
      runId,
      startedAt: start.toISOString(),
      endedAt: start.toISOString(),
      items,
      summary: summarizeRun(items),
    };
    await mkdir(join(resultsDir, runId), { recursive: true });
    writeRunFile(join(resultsDir, runId, "run.json"), run);
    entries.push({
      runId,
      status: run.status,
      startedAt: run.startedAt,
      endedAt: run.endedAt,
      items: items.length,
      done: items.length,
      passed: run.summary.passed,
      simulated: run.simulated,
    });
  }
  await writeFile(join(resultsDir, "index.json"), JSON.stringify({ schemaVersion: 1, runs: entries }));
}

/** Starts `benchloop serve --port 0` in `cwd`; resolves with the process and its token URL. */
function serve(cwd) {
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      const url = /Open (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

async function stop(child) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  await exited;
}

const dir = await mkdtemp(join(tmpdir(), "benchloop-perf-serve-"));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
let failed = 0;
try {
  // (1) the runs page
  const archive = join(dir, "archive");
  await writeArchive(join(archive, "results"));
  const first = await serve(archive);
  const context = await browser.newContext();
  const page = await context.newPage();
  const loadRuns = async (url) => {
    const started = performance.now();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForSelector(`#runs-table tbody tr:nth-child(${RUNS})`);
    return performance.now() - started;
  };
  const coldMs = await loadRuns(first.url);
  const origin = new URL(first.url).origin;
  const warm = [];
  for (let i = 0; i < LOADS; i++) warm.push(await loadRuns(`${origin}/`));
  const rows = await page.locator("#runs-table tbody tr").count();
  await stop(first.child);
  const warmMs = median(warm);
  const pageOk = warmMs <= TARGET_PAGE_MS && rows === RUNS;
  if (!pageOk) failed++;
  console.log(
    `runs page, ${RUNS} runs × ${ITEMS} items: first load ${Math.round(coldMs)} ms (reads every run.json's head once), warm median ${Math.round(warmMs)} ms of ${LOADS} (target ≤ ${TARGET_PAGE_MS} ms) ${pageOk ? "✓" : "✗"}`,
  );

  // (2) the live page during a demo run
  const project = join(dir, "live");
  await mkdir(project);
  const second = await serve(project);
  const liveOrigin = new URL(second.url).origin;
  await page.goto(second.url);
  await page.goto(`${liveOrigin}/live`);
  const launched = await page.evaluate(async () => {
    const res = await fetch("/api/launch", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "run",
        demo: true,
        models: ["sim/oracle:latest", "sim/sloppy:latest"],
        suites: ["coding"],
      }),
    });
    return res.status;
  });
  if (launched !== 202) throw new Error(`launch answered ${launched}`);
  // The page was opened before the run: every item arrives as its own event.
  await page.waitForFunction(
    () =>
      ["completed", "failed", "interrupted"].includes(document.getElementById("phase")?.textContent ?? ""),
    null,
    { timeout: 600_000 },
  );
  const lags = await page.$$eval("#items li", (lis) =>
    lis.map((li) => Number(li.dataset.shown) - Date.parse(li.dataset.time)),
  );
  if (VERBOSE) console.log(`lags in finishing order: ${lags.map(Math.round).reverse().join(" ")}`);
  const phase = await page.locator("#phase").textContent();
  await stop(second.child);
  const lagP95 = p95(lags);
  const liveOk = phase === "completed" && lags.length > 0 && lagP95 <= TARGET_LIVE_P95_MS;
  if (!liveOk) failed++;
  console.log(
    `live page, ${lags.length} items of a demo run (${phase}): item end → row shown p50 ${Math.round(median(lags))} ms, p95 ${Math.round(lagP95)} ms, max ${Math.round(Math.max(...lags))} ms (target p95 ≤ ${TARGET_LIVE_P95_MS} ms) ${liveOk ? "✓" : "✗"}`,
  );
  await context.close();
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
