// The runs page: every run of the results folder, newest first, with status, simulated flag, models and
// pass@1 with its interval; each opens its report (and its gate when it has one); two can be compared.
import { html } from "../html.js";
import type { RunHeader } from "../results.js";
import { interval, page, percent } from "./layout.js";

function row(run: RunHeader) {
  const progress = run.status === "running" && run.done !== undefined ? ` (${run.done}/${run.items})` : "";
  return html`<tr>
<td><a href="/runs/${run.runId}"><code>${run.runId}</code></a>${run.hasGate ? html` · <a href="/runs/${run.runId}/gate">gate</a>` : ""}</td>
<td>${run.status}${progress}</td>
<td>${run.simulated ? html`<strong class="sim">SIMULATED</strong>` : "real"}</td>
<td>${run.startedAt.replace("T", " ").replace(/\.\d+Z$/, "Z")}</td>
<td class="num">${run.items}</td>
<td>${run.models.join(", ")}</td>
<td class="num">${percent(run.passAt1?.estimate)} <span class="ci">${interval(run.passAt1)}</span></td>
</tr>`;
}

function runOptions(runs: readonly RunHeader[], selected: string | undefined) {
  return runs.map(
    (run) =>
      html`<option value="${run.runId}"${run.runId === selected ? html` selected` : ""}>${run.runId}${run.simulated ? " (simulated)" : ""}</option>`,
  );
}

/** The runs page. */
export function runsPage(runs: readonly RunHeader[], resultsDir: string): string {
  const compare =
    runs.length >= 2
      ? html`<form class="inline" action="/compare" method="get" aria-label="Compare two runs">
<label for="compare-a">Run A (baseline)</label><select id="compare-a" name="a">${runOptions(runs, runs[1]?.runId)}</select>
<label for="compare-b">Run B (candidate)</label><select id="compare-b" name="b">${runOptions(runs, runs[0]?.runId)}</select>
<button type="submit">Compare</button></form>`
      : "";
  const table = runs.length
    ? html`<table id="runs-table"><caption>${runs.length} runs in ${resultsDir}</caption>
<thead><tr><th scope="col">run</th><th scope="col">status</th><th scope="col">evidence</th><th scope="col">started</th><th scope="col">items</th><th scope="col">models</th><th scope="col">pass@1 [95% CI]</th></tr></thead>
<tbody>${runs.map(row)}</tbody></table>`
    : html`<p>No runs in ${resultsDir} yet. <a href="/launch">Launch one</a>.</p>`;
  return page("Runs", "/", html`${compare}${table}`);
}
