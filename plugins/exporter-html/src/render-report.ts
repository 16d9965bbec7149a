// Renders the report data as one self-contained HTML document: inline CSS, inline SVG charts, the
// leaderboard as a table, item data as JSON in a non-executed script element, and the inline script
// that drives the item table. A Content-Security-Policy allows no network and only that one script
// (by its hash), so even markup smuggled into the page could not run or load anything.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { formatBytes, formatDuration, formatNumber, formatPercent, formatRange } from "@benchloop/core";
import { escapeHtml, toScriptJson } from "./escape-html.js";
import type { GateView } from "./gate-view.js";
import { describeRepairChange, formatPassAt2, formatRepairCost } from "./repair-view.js";
import { type GroupFigures, REPLAYED_MARK, type ReportData, type RunHeader } from "./report-data.js";
import {
  type Chart,
  compareChart,
  inlineBar,
  passAt1Chart,
  passTypeChart,
  qualityLatencyChart,
} from "./svg-charts.js";

/** The report's stylesheet and script, shipped beside the code. */
export interface ReportAssets {
  css: string;
  js: string;
}

let assets: Promise<ReportAssets> | undefined;

/** Reads the stylesheet and script once (from `assets/`, next to both `src/` and `dist/`). */
export function loadReportAssets(): Promise<ReportAssets> {
  assets ??= Promise.all([
    readFile(new URL("../assets/report.css", import.meta.url), "utf8"),
    readFile(new URL("../assets/report.js", import.meta.url), "utf8"),
  ]).then(([css, js]) => ({ css, js }));
  return assets;
}

function cell(content: string, className?: string): string {
  return `<td${className ? ` class="${className}"` : ""}>${content}</td>`;
}

function runsTable(runs: readonly RunHeader[], repair: boolean): string {
  const rows = runs.map((r) =>
    [
      "<tr>",
      cell(escapeHtml(r.label)),
      cell(`<code>${escapeHtml(r.runId)}</code>`),
      cell(escapeHtml(r.status)),
      cell(escapeHtml(r.startedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC"))),
      cell(escapeHtml(formatDuration(r.durationMs)), "num"),
      cell(String(r.items), "num"),
      cell(
        escapeHtml(
          r.summary.passAt1
            ? `${formatPercent(r.summary.passAt1.estimate)} [${formatRange(r.summary.passAt1.lower, r.summary.passAt1.upper)}]`
            : "–",
        ),
        "num",
      ),
      ...(repair ? [cell(escapeHtml(formatPassAt2(r.summary)), "num")] : []),
      cell(r.simulated ? "<strong>⚠ SIMULATED</strong>" : "real"),
      cell(escapeHtml(r.machine ?? "not recorded")),
      cell(escapeHtml(r.provenance ?? "")),
      "</tr>",
    ].join(""),
  );
  return `<div class="table-wrap"><table class="runs"><caption class="muted">Runs in this report</caption><thead><tr><th scope="col">run</th><th scope="col">id</th><th scope="col">status</th><th scope="col">started</th><th scope="col" class="num">duration</th><th scope="col" class="num">items</th><th scope="col" class="num">pass@1 [95% CI]</th>${repair ? '<th scope="col" class="num">pass@2 [95% CI]</th>' : ""}<th scope="col">simulated</th><th scope="col">machine</th><th scope="col">provenance</th></tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function leaderboard(rows: readonly GroupFigures[], many: boolean, repair: boolean): string {
  const head = [
    "#",
    "model",
    ...(many ? ["run"] : []),
    "items",
    "✓ passed",
    "✗ failed",
    "! error",
    "pass@1 [95% CI]",
    ...(repair ? ["pass@2 [95% CI]", "repair cost"] : []),
    "judge (n)",
    "median latency",
    "tokens/s",
    "peak VRAM",
  ];
  const numeric = new Set([
    "#",
    "items",
    "✓ passed",
    "✗ failed",
    "! error",
    "judge (n)",
    "median latency",
    "tokens/s",
    "peak VRAM",
  ]);
  const header = head
    .map((h) => `<th scope="col"${numeric.has(h) ? ' class="num"' : ""}>${escapeHtml(h)}</th>`)
    .join("");
  const body = rows
    .map((g, i) => {
      const p = g.summary.passAt1;
      const pass = p
        ? inlineBar(p.estimate, `${formatPercent(p.estimate)} [${formatRange(p.lower, p.upper)}]`)
        : "–";
      return [
        "<tr>",
        cell(String(i + 1), "num"),
        `<th scope="row">${escapeHtml(g.model)}</th>`,
        ...(many ? [cell(escapeHtml(g.run ?? ""))] : []),
        cell(String(g.summary.items), "num"),
        cell(String(g.summary.passed), "num status-passed"),
        cell(String(g.summary.failed), "num status-failed"),
        cell(String(g.summary.error), "num status-error"),
        cell(pass, "pass"),
        ...(repair
          ? [
              cell(
                g.summary.passAt2 ? inlineBar(g.summary.passAt2.estimate, formatPassAt2(g.summary)) : "–",
                "pass",
              ),
              cell(escapeHtml(formatRepairCost(g.summary))),
            ]
          : []),
        cell(escapeHtml(g.judge ? `${formatPercent(g.judge.mean)} (${g.judge.n})` : "–"), "num"),
        cell(
          escapeHtml(`${formatDuration(g.medianWallMs)}${g.replayedWallItems ? ` ${REPLAYED_MARK}` : ""}`),
          "num",
        ),
        cell(escapeHtml(formatNumber(g.tokensPerSec)), "num"),
        cell(escapeHtml(formatBytes(g.peakVramBytes)), "num"),
        "</tr>",
      ].join("");
    })
    .join("");
  return `<div class="table-wrap"><table id="leaderboard-table"><caption class="muted">Models ranked by pass@1 (passed items ÷ items run, skipped left out), with the 95% Wilson interval; judge is the mean LLM-judge score over judged items.${repair ? " pass@2 counts an item passed by its first answer or one repair round (the model shown its failing checks); the repair cost is the tokens and time the repair rounds took." : ""}</caption><thead><tr>${header}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/**
 * The note beside latency figures when some came from cache replays: those items carry the timings
 * measured when their generation was made, and the figures marked † include them.
 */
function replayNote(replayed: ReportData["replayedTimings"]): string {
  if (replayed.replayed === 0) return "";
  return ` ${REPLAYED_MARK} ${replayed.replayed} of ${replayed.items} items replayed cached generations: their latency is the timing measured when each generation was made, not the replay's.`;
}

function figure(caption: string, chart: Chart | undefined, note?: string): string {
  if (!chart) return "";
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${chart.svg}${note ? `<p class="muted">${escapeHtml(note)}</p>` : ""}${chart.table}</figure>`;
}

function gateSection(gate: GateView): string {
  const profiles = gate.profiles
    .map((p) => {
      const rows = p.candidates
        .map((c) => {
          const mark = c.passed === undefined ? "" : c.passed ? "✓ pass" : "✗ fail";
          const recommended = p.recommendation !== undefined && c.model === p.recommendation;
          return `<tr>${cell(`${recommended ? "★ " : ""}${escapeHtml(c.model)}`)}${cell(escapeHtml(mark), c.passed === false ? "status-failed" : c.passed ? "status-passed" : undefined)}${cell(inlineBar(c.score, c.score === undefined ? "–" : c.score.toFixed(3)))}${cell(escapeHtml(c.reasons.join("; ")))}</tr>`;
        })
        .join("");
      const status = `${p.blocked ? " — ! blocked" : ""}${p.passMetric === "pass@2" ? " — judged by pass@2" : ""}`;
      return `<div class="gate-profile"><h3>${escapeHtml(p.id)}${escapeHtml(status)}</h3>${p.description ? `<p>${escapeHtml(p.description)}</p>` : ""}<p><strong>Recommendation:</strong> ${p.recommendation ? `★ ${escapeHtml(p.recommendation)}` : "none (no candidate qualifies)"}</p><div class="table-wrap"><table><thead><tr><th scope="col">candidate</th><th scope="col">thresholds</th><th scope="col">score</th><th scope="col">why not</th></tr></thead><tbody>${rows}</tbody></table></div></div>`;
    })
    .join("");
  const alerts =
    gate.alerts.length > 0
      ? `<ul>${gate.alerts.map((a) => `<li>! ${escapeHtml(a)}</li>`).join("")}</ul>`
      : "";
  return `<section id="gate" aria-labelledby="h-gate"><h2 id="h-gate">Gate: recommendation per profile</h2>${alerts}${profiles}</section>`;
}

function itemsSection(many: boolean): string {
  const select = (id: string, label: string, all: string) =>
    `<label for="${id}">${escapeHtml(label)}<select id="${id}"><option value="">${escapeHtml(all)}</option></select></label>`;
  return [
    '<section id="items" aria-labelledby="h-items" tabindex="-1"><h2 id="h-items">Items</h2>',
    '<form class="filters" role="search" aria-label="Filter items" id="filters">',
    many ? select("filter-run", "run", "all runs") : "",
    select("filter-model", "model", "all models"),
    select("filter-harness", "harness", "all harnesses"),
    select("filter-test", "test", "all tests"),
    select("filter-pass-type", "pass type", "all pass types"),
    select("filter-status", "status", "all statuses"),
    '<label for="filter-search">item key contains<input id="filter-search" type="search" autocomplete="off"></label>',
    '<button type="button" id="clear-filters">Clear filters</button>',
    "</form>",
    '<p id="item-count" aria-live="polite"></p>',
    '<div class="table-wrap"><table id="item-table"><caption class="muted">Select a row (click, or Enter on a focused row; arrow keys move between rows) to see its answer, code, checks, judge verdict and timings.</caption><thead><tr>',
    '<th scope="col">status</th>',
    many ? '<th scope="col">run</th>' : "",
    '<th scope="col">model</th><th scope="col">harness</th><th scope="col">test</th><th scope="col">pass type</th><th scope="col" class="num">repeat</th><th scope="col" class="num">checks</th><th scope="col" class="num">judge</th><th scope="col" class="num">wall</th><th scope="col">failure</th>',
    "</tr></thead><tbody></tbody></table></div>",
    '<button type="button" id="more" hidden>Show more items</button>',
    "<noscript><p>The item table needs JavaScript; every figure above is readable without it.</p></noscript>",
    "</section>",
  ].join("");
}

/** Renders the whole document. */
export function renderReport(data: ReportData, files: ReportAssets): string {
  const many = data.runs.length > 1;
  if (/<\/script/i.test(files.js)) throw new Error("the report script must not contain </script");
  const scriptHash = createHash("sha256").update(files.js).digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const simulated = data.simulated
    ? '<p class="sim" role="note">⚠ SIMULATED — these results come from ollama-sim\'s scripted models, not from real models. Use them to try benchloop, not to choose a model.</p>'
    : "";
  const comparison = data.comparison;
  const compare = comparison
    ? `<section id="compare" aria-labelledby="h-compare"><h2 id="h-compare">Compare ${escapeHtml(comparison.a.runId)} → ${escapeHtml(comparison.b.runId)}</h2><p>${escapeHtml(
        `${comparison.compared} matched items compared; overall pass@1 ${formatPercent(comparison.overall.passAt1.a.estimate)} → ${formatPercent(comparison.overall.passAt1.b.estimate)}: ${comparison.overall.verdict}. Family-wise α = ${comparison.alpha}.${describeRepairChange(comparison)}`,
      )}</p>${figure("pass@1 change per model with noise bands", compareChart(comparison), "A band is the paired 95% interval of the change. The verdict (▲ improved, ▼ regressed, ● within noise) is benchloop compare's: McNemar's exact test on the items that passed in one run and not the other, or the check-rate change, at a significance level shared among the groups compared, so a band clear of 0 can still be within noise.")}</section>`
    : "";
  const json = toScriptJson({
    runs: data.runs.map((r) => ({ label: r.label, runId: r.runId })),
    items: data.items,
  });
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="generator" content="benchloop exporter-html">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>${files.css}</style>`,
    "</head><body>",
    '<a class="skip" href="#items">Skip to the items</a>',
    `<header><h1>${escapeHtml(data.title)}</h1>${simulated}${runsTable(data.runs, data.repair)}</header>`,
    "<main>",
    `<section id="leaderboard" aria-labelledby="h-leaderboard"><h2 id="h-leaderboard">Leaderboard</h2>${leaderboard(data.leaderboard, many, data.repair)}${data.replayedTimings.replayed > 0 ? `<p class="muted" id="replayed-note">${escapeHtml(replayNote(data.replayedTimings).trim())}</p>` : ""}</section>`,
    '<section id="charts" aria-labelledby="h-charts"><h2 id="h-charts">Charts</h2>',
    figure("pass@1 by model and harness", passAt1Chart(data.byModelHarness)),
    figure(
      "Quality against latency",
      qualityLatencyChart(data.leaderboard),
      `◆ marks the Pareto frontier: no other model is both at least as fast and at least as good.${replayNote(data.replayedTimings)}`,
    ),
    figure("Blind against informed (prompt sensitivity)", passTypeChart(data.passTypes)),
    "</section>",
    compare,
    data.gate ? gateSection(data.gate) : "",
    itemsSection(many),
    "</main>",
    '<dialog id="detail" aria-labelledby="detail-title"><div class="detail-head"><h2 id="detail-title"></h2><button type="button" id="detail-close">Close (Esc)</button></div><div id="detail-body"></div></dialog>',
    `<script type="application/json" id="report-data">${json}</script>`,
    `<script>${files.js}</script>`,
    "</body></html>",
    "",
  ].join("\n");
}
