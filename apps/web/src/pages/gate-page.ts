// The gate page of a run: per role the recommended model, the runner-up, the margin with its noise,
// every candidate's thresholds (met, or each one missed with its value) and the "why" notes; simulated
// evidence is marked. Below, the policy's own document (what gate.md says), block by block.
import type { CandidateResult, DevCycleSummary, GateBlock, GateReport, ProfileResult } from "@benchloop/core";
import { type Html, html } from "../html.js";
import { interval, page, percent } from "./layout.js";

function margin(profile: ProfileResult): Html {
  const m = profile.margin;
  if (!m) return html`<dd>none measured (no passing runner-up)</dd>`;
  const noise = m.noise
    ? `${m.noise.confidence * 100}% interval [${m.noise.lower.toFixed(3)}, ${m.noise.upper.toFixed(3)}] over ${m.noise.pairs} paired items`
    : "noise not measured (fewer than 2 paired items)";
  return html`<dd>${m.value >= 0 ? "+" : ""}${m.value.toFixed(3)} over <strong>${m.runnerUp}</strong> — ${m.exceedsNoise ? "beyond the noise" : "within the noise (tie)"}; ${noise}; policy minimum ${m.minimum}</dd>`;
}

function candidateRow(candidate: CandidateResult): Html {
  const code = Object.values(candidate.metrics)[0]?.passAt1;
  const thresholds = candidate.violations.length
    ? html`<ul class="fails">${candidate.violations.map((v) => html`<li>✗ ${v.message}</li>`)}</ul>`
    : html`<span class="pass">✓ every threshold met</span>`;
  return html`<tr${candidate.recommended ? html` class="recommended"` : ""}>
<td class="num">${candidate.rank}</td>
<td>${candidate.model}${candidate.recommended ? html` <strong>(recommended)</strong>` : ""}</td>
<td>${candidate.passed ? "✓ PASS" : "✗ FAIL"}</td>
<td class="num">${candidate.composite.score.toFixed(3)}</td>
<td class="num">${percent(code?.estimate)} <span class="ci">${interval(code)}</span></td>
<td>${thresholds}</td>
<td><ul class="why">${candidate.reasons.map((r) => html`<li>${r}</li>`)}</ul></td>
</tr>`;
}

function profileSection(profile: ProfileResult, summary: DevCycleSummary | undefined): Html {
  const note = summary?.profiles.find((p) => p.profile === profile.profile);
  // Without a margin no other candidate passed: the next in rank is named with why it is no contender.
  const next = profile.candidates.find((c) => c.model !== profile.recommendation);
  const runnerUp =
    profile.margin?.runnerUp ??
    (next ? `${next.model} (did not pass the gate: no margin to measure)` : "none");
  return html`<section class="profile" aria-labelledby="profile-${profile.profile}">
<h2 id="profile-${profile.profile}">${profile.profile} <small>— ${profile.role}</small></h2>
<dl class="facts">
<dt>Recommended</dt><dd class="recommendation">${profile.recommendation ?? "none (no candidate passed)"}${profile.blocked ? " — blocked" : ""}</dd>
<dt>Runner-up</dt><dd>${runnerUp}</dd>
<dt>Margin</dt>${margin(profile)}
${note ? html`<dt>Decision</dt><dd>${note.decision}: ${note.note}</dd>` : ""}
</dl>
${profile.alerts.length ? html`<ul class="alerts">${profile.alerts.map((a) => html`<li>${a.severity}${a.blocking ? " (blocking)" : ""}: ${a.message}</li>`)}</ul>` : ""}
<table><caption>Candidates for ${profile.profile}</caption>
<thead><tr><th scope="col">rank</th><th scope="col">model</th><th scope="col">gate</th><th scope="col">composite</th><th scope="col">pass@1 [95% CI]</th><th scope="col">thresholds</th><th scope="col">why</th></tr></thead>
<tbody>${profile.candidates.map(candidateRow)}</tbody></table>
</section>`;
}

function block(b: GateBlock): Html {
  switch (b.kind) {
    case "heading":
      return b.level === 1 ? html`<h3>${b.text}</h3>` : html`<h4>${b.text}</h4>`;
    case "paragraph":
      return html`<p>${b.text}</p>`;
    case "list":
      return html`<ul>${b.items.map((i) => html`<li>${i.lead ? html`<strong>${i.lead}</strong>: ` : ""}${i.text}${i.sub.length ? html`<ul>${i.sub.map((s) => html`<li>${s}</li>`)}</ul>` : ""}</li>`)}</ul>`;
    case "table":
      return html`<table><thead><tr>${b.header.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${b.rows.map((r) => html`<tr>${r.map((cell, i) => html`<td${b.align[i] === "right" ? html` class="num"` : ""}>${cell}</td>`)}</tr>`)}</tbody></table>`;
  }
}

/** The gate page of run `runId`. */
export function gatePage(
  runId: string,
  report: GateReport,
  summary: DevCycleSummary | undefined,
  blocks: readonly GateBlock[],
): string {
  const banner = report.simulated
    ? html`<p class="sim-banner" role="note"><strong>SIMULATED evidence</strong>: these runs were answered by the built-in simulator, not real models. Apply refuses them unless you allow simulated evidence.</p>`
    : "";
  const body = html`${banner}
<p>Gate <strong class="status-${report.status}">${report.status.toUpperCase()}</strong> by policy ${report.policy.name} over <a href="/runs/${runId}"><code>${runId}</code></a>. <a href="/promote?run=${runId}">Apply this promotion…</a></p>
${report.profiles.map((p) => profileSection(p, summary))}
<details><summary>The policy's report (gate.md)</summary>${blocks.map(block)}</details>`;
  return page(`Gate of ${runId}`, "/gate", body);
}
