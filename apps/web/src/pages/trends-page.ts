// The trends page: per model and suite, pass@1 with its interval and the item latency across the
// archived runs, oldest first, as a small chart (a dot per run, its interval as a bar; simulated runs
// hollow) and as a table that says the same in words.
import { type Html, html } from "../html.js";
import type { TrendPoint, TrendSeries } from "../trends.js";
import { interval, page, percent } from "./layout.js";

const W = 240;
const H = 64;
const PAD = 6;

function chart(series: TrendSeries): Html {
  const n = series.points.length;
  const x = (i: number) => (n === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
  const y = (v: number) => H - PAD - v * (H - 2 * PAD);
  const marks = series.points.map(
    (p, i) =>
      html`<line x1="${x(i).toFixed(1)}" x2="${x(i).toFixed(1)}" y1="${y(p.passAt1.lower).toFixed(1)}" y2="${y(p.passAt1.upper).toFixed(1)}" class="ci-bar"/><circle cx="${x(i).toFixed(1)}" cy="${y(p.passAt1.estimate).toFixed(1)}" r="3" class="${p.simulated ? "dot sim" : "dot"}"><title>${p.runId}: ${percent(p.passAt1.estimate)} ${interval(p.passAt1)}</title></circle>`,
  );
  const path = series.points
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.passAt1.estimate).toFixed(1)}`)
    .join(" ");
  return html`<svg class="trend" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="pass@1 of ${series.model} on ${series.suite} over ${n} runs"><line x1="0" x2="${W}" y1="${y(0)}" y2="${y(0)}" class="axis"/><line x1="0" x2="${W}" y1="${y(1)}" y2="${y(1)}" class="axis"/><path d="${path}" class="trend-line"/>${marks}</svg>`;
}

const ms = (v: number | undefined) => (v === undefined ? "–" : `${Math.round(v)} ms`);

function pointRow(p: TrendPoint): Html {
  return html`<tr><td><a href="/runs/${p.runId}"><code>${p.runId}</code></a>${p.simulated ? " (simulated)" : ""}</td><td class="num">${p.items}</td><td class="num">${percent(p.passAt1.estimate)} <span class="ci">${interval(p.passAt1)}</span></td><td class="num">${ms(p.wallP50Ms)}</td><td class="num">${ms(p.wallP95Ms)}</td></tr>`;
}

/** The trends page. */
export function trendsPage(series: readonly TrendSeries[]): string {
  const sections = series.map(
    (s) => html`<section class="series"><h2>${s.model} <small>on ${s.suite}</small></h2>${chart(s)}
<table><caption>${s.model} on ${s.suite}, oldest run first</caption><thead><tr><th scope="col">run</th><th scope="col">items</th><th scope="col">pass@1 [95% CI]</th><th scope="col">latency p50</th><th scope="col">latency p95</th></tr></thead><tbody>${s.points.map(pointRow)}</tbody></table></section>`,
  );
  const body = series.length
    ? html`<p>pass@1 with its 95% Wilson interval and item wall time per model and suite (each role has its suite), across the finished runs. Hollow dots are simulated runs.</p>${sections}`
    : html`<p>No finished runs yet.</p>`;
  return page("Trends", "/trends", body);
}
