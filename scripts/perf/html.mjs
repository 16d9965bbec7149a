#!/usr/bin/env node
// The HTML report of the 408-item plebdev-bench fixture (and of ten times as many items): file size, time
// to render it, and time to open it in Chromium until the leaderboard is on screen and until the item
// table is ready. Run from the built dist of core and exporter-html; Chromium is Debian's (playwright-core).
// Usage: node scripts/perf/html.mjs [opens per report, default 5]
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { migrateRun, summarizeRun } from "../../packages/core/dist/index.js";
import { renderHtmlReport } from "../../plugins/exporter-html/dist/index.js";

const OPENS = Number(process.argv[2] ?? 5);
const CHROMIUM = "/usr/bin/chromium";
const TARGET_BYTES = 5 * 1024 * 1024;
const TARGET_OPEN_MS = 2000;
const FIXTURE = new URL("../../tests/browser/fixtures/plebdev-bench-run.json", import.meta.url);

const require = createRequire(new URL("../../tests/package.json", import.meta.url));
const playwright = await import(pathToFileURL(require.resolve("playwright-core")).href);
const chromium = playwright.chromium ?? playwright.default.chromium;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The fixture's items repeated `times` times (as repeats 1..times), for a larger report. */
function scaled(run, times) {
  if (times === 1) return run;
  const items = [];
  for (let r = 1; r <= times; r++)
    for (const item of run.items) items.push({ ...item, key: item.key.replace(/#\d+$/, `#${r}`), repeat: r });
  return { ...run, items, summary: summarizeRun(items) };
}

async function openTimes(browser, url) {
  const leaderboard = [];
  const ready = [];
  for (let i = 0; i < OPENS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    const started = performance.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector("#leaderboard-table tbody tr", { state: "visible" });
    leaderboard.push(performance.now() - started);
    await page.waitForSelector("html[data-ready='true']");
    ready.push(performance.now() - started);
    if (errors.length > 0) throw new Error(`the report logged errors: ${errors.join("; ")}`);
    await page.close();
  }
  return { leaderboardMs: median(leaderboard), readyMs: median(ready) };
}

if (!existsSync(CHROMIUM)) {
  console.log(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium).`);
  process.exit(1);
}

const fixture = migrateRun(JSON.parse(await readFile(FIXTURE, "utf8")), FIXTURE.pathname);
const dir = await mkdtemp(join(tmpdir(), "benchloop-perf-html-"));
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
  ],
});
let failed = 0;
try {
  console.log(`HTML report, median of ${OPENS} opens in ${CHROMIUM}\n`);
  console.log("report                     size      render   leaderboard   table ready   targets");
  for (const [label, times, checked] of [
    ["plebdev fixture (408)", 1, true],
    ["10× fixture (4,080)", 10, false],
  ]) {
    const run = scaled(fixture, times);
    const began = performance.now();
    const html = await renderHtmlReport([run]);
    const renderMs = performance.now() - began;
    const file = join(dir, `report-${times}.html`);
    await writeFile(file, html);
    const bytes = Buffer.byteLength(html);
    const { leaderboardMs, readyMs } = await openTimes(browser, pathToFileURL(file).href);
    const ok = bytes < TARGET_BYTES && leaderboardMs < TARGET_OPEN_MS;
    if (checked && !ok) failed++;
    console.log(
      `${label.padEnd(25)}${`${(bytes / 1024 / 1024).toFixed(2)} MB`.padStart(9)}${`${renderMs.toFixed(0)} ms`.padStart(10)}${`${leaderboardMs.toFixed(0)} ms`.padStart(14)}${`${readyMs.toFixed(0)} ms`.padStart(14)}   ${checked ? `< 5 MB, < 2 s ${ok ? "✓" : "✗"}` : "(for scale)"}`,
    );
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
