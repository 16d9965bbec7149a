// The live page: the running (or last) job's progress, the items as they finish, errors, throughput and
// ETA; the page script keeps it current from the server's event stream (/api/live).
import { html } from "../html.js";
import type { LiveState } from "../live-job.js";
import { page } from "./layout.js";

/** The live page, rendered with the state at the time of the request. */
export function livePage(state: LiveState | undefined): string {
  const body = html`<section id="live" data-stream="/api/live" aria-describedby="live-status">
<p id="live-status" role="status" aria-live="polite"><span id="phase">${state ? state.phase : "idle: nothing started from this server yet"}</span>
<span id="run-link">${state?.runId ? html` — run <a href="/runs/${state.runId}"><code>${state.runId}</code></a>` : ""}</span></p>
<p><label for="progress">Progress</label> <progress id="progress" max="${state?.total || 1}" value="${state?.done ?? 0}"></progress>
<span id="counts">${state ? `${state.done}/${state.total}` : "0/0"}</span></p>
<dl class="facts">
<dt>Passed</dt><dd id="passed">${state?.passed ?? 0}</dd>
<dt>Failed</dt><dd id="failed">${state?.failed ?? 0}</dd>
<dt>Errors</dt><dd id="errors">${state?.errors ?? 0}</dd>
<dt>Throughput</dt><dd id="throughput">${state?.throughput ? `${state.throughput.toFixed(2)} items/s` : "–"}</dd>
<dt>ETA</dt><dd id="eta">–</dd>
</dl>
<p id="message">${state?.message ?? ""}</p>
<p id="next"></p>
<form id="stop-form" data-api="/api/stop"><button type="submit">Stop (like Ctrl-C: recorded as interrupted)</button><span class="result" role="status" aria-live="polite"></span></form>
<h2>Errors</h2>
<ul id="problems">${(state?.problems ?? []).map((p) => html`<li>${p}</li>`)}</ul>
<h2>Items as they finish</h2>
<ol id="items" reversed></ol>
</section>`;
  return page("Live", "/live", body);
}
