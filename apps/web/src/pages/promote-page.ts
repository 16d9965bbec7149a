// Apply and rollback: pick a gated run and see the target's before → after, then apply (a checkpoint is
// written first); pick a checkpoint and see what a rollback restores, then roll back. Refusals come back
// with the CLI's own reasons (blocked gate, drifted target, simulated evidence).
import type { ApplyOutcome, Checkpoint, RollbackOutcome } from "@benchloop/core";
import { type Html, html } from "../html.js";
import type { RunHeader } from "../results.js";
import { errorBox, page } from "./layout.js";

/** A checkpoint file of the results folder. */
export interface CheckpointEntry {
  name: string;
  checkpoint: Checkpoint;
}

/** What the page shows below the pickers. */
export type PromoteDetail =
  | { kind: "apply"; runId: string; preview?: ApplyOutcome; error?: { message: string; hint?: string } }
  | { kind: "rollback"; name: string; preview?: RollbackOutcome; error?: { message: string; hint?: string } };

const show = (value: string | null | undefined): string => value ?? "(absent)";

function pickers(
  gated: readonly RunHeader[],
  checkpoints: readonly CheckpointEntry[],
  detail?: PromoteDetail,
): Html {
  const runId = detail?.kind === "apply" ? detail.runId : undefined;
  const name = detail?.kind === "rollback" ? detail.name : undefined;
  return html`<div class="pickers">
<form action="/promote" method="get"><label for="pick-run">Promotion (a gated run)</label>
<select id="pick-run" name="run">${gated.map((r) => html`<option value="${r.runId}"${r.runId === runId ? html` selected` : ""}>${r.runId}${r.simulated ? " (simulated)" : ""}</option>`)}</select>
<button type="submit"${gated.length ? "" : html` disabled`}>Preview apply</button></form>
<form action="/promote" method="get"><label for="pick-checkpoint">Checkpoint</label>
<select id="pick-checkpoint" name="checkpoint">${checkpoints.map((c) => html`<option value="${c.name}"${c.name === name ? html` selected` : ""}>${c.checkpoint.createdAt} → ${c.checkpoint.target.label}${c.checkpoint.rollbacks.some((r) => r.status === "restored") ? " (rolled back)" : ""}</option>`)}</select>
<button type="submit"${checkpoints.length ? "" : html` disabled`}>Preview rollback</button></form>
</div>`;
}

function applyDetail(detail: Extract<PromoteDetail, { kind: "apply" }>): Html {
  if (detail.error) return errorBox(detail.error.message, detail.error.hint);
  const plan = detail.preview!.plan;
  const rows = plan.changes.map(
    (c) =>
      html`<tr><td>${c.profile}</td><td><code>${c.key}</code></td><td>${c.previousNull ? "null" : show(c.previous)}</td><td>${c.changed ? `→ ${c.model}` : "= unchanged"}</td></tr>`,
  );
  return html`<section aria-labelledby="apply-heading"><h2 id="apply-heading">Apply ${detail.runId} → ${plan.target.label}</h2>
<table id="apply-diff"><caption>What the target holds now, and what the apply sets</caption>
<thead><tr><th scope="col">profile</th><th scope="col">key</th><th scope="col">before</th><th scope="col">after</th></tr></thead><tbody>${rows}</tbody></table>
${plan.skipped.length ? html`<ul>${plan.skipped.map((s) => html`<li>${s.profile} not applied: ${s.reason}</li>`)}</ul>` : ""}
<form id="apply-form" data-api="/api/apply" data-reload="true">
<input type="hidden" name="runId" value="${detail.runId}">
<div><input type="checkbox" id="allow-simulated" name="allowSimulated" value="true"><label for="allow-simulated">Allow simulated evidence (demo runs)</label></div>
<div><input type="checkbox" id="force" name="force" value="true"><label for="force">Force over a gate that did not pass (recorded in the checkpoint)</label></div>
<button type="submit">Apply (writes a checkpoint first)</button>
<div class="result" role="status" aria-live="polite"></div>
</form></section>`;
}

function rollbackDetail(detail: Extract<PromoteDetail, { kind: "rollback" }>): Html {
  if (detail.error) return errorBox(detail.error.message, detail.error.hint);
  const o = detail.preview!;
  const rows = Object.keys(o.checkpoint.next).map(
    (key) =>
      html`<tr><td><code>${key}</code></td><td>${show(o.before[key])}</td><td>${key in o.restore ? `→ ${o.restoreNull.includes(key) ? "null" : show(o.restore[key])}` : "= already restored"}</td></tr>`,
  );
  return html`<section aria-labelledby="rollback-heading"><h2 id="rollback-heading">Roll back ${o.checkpoint.target.label} to before ${o.checkpoint.createdAt}</h2>
<table id="rollback-diff"><caption>What the target holds now, and what the rollback restores</caption>
<thead><tr><th scope="col">key</th><th scope="col">now</th><th scope="col">restore</th></tr></thead><tbody>${rows}</tbody></table>
${o.drift.length ? html`<p class="warn">${o.drift.length} key(s) changed since the apply; rolling back needs "force".</p>` : ""}
<form id="rollback-form" data-api="/api/rollback" data-reload="true">
<input type="hidden" name="checkpoint" value="${detail.name}">
<div><input type="checkbox" id="rollback-force" name="force" value="true"><label for="rollback-force">Force over keys changed since the apply (recorded)</label></div>
<button type="submit">Roll back</button>
<div class="result" role="status" aria-live="polite"></div>
</form></section>`;
}

/** The apply and rollback page. */
export function promotePage(
  gated: readonly RunHeader[],
  checkpoints: readonly CheckpointEntry[],
  target: string | undefined,
  detail?: PromoteDetail,
): string {
  const where = target
    ? html`<p>Target: <code>${target}</code> (the config's <code>apply.target</code>).</p>`
    : errorBox(
        "The config names no policy target, so there is nothing to apply to.",
        'Set "apply": { "target": "file:PATH" } in the config (a file: path is relative to the config file), then reload.',
      );
  const body = html`${where}${pickers(gated, checkpoints, detail)}${detail?.kind === "apply" ? applyDetail(detail) : detail?.kind === "rollback" ? rollbackDetail(detail) : ""}`;
  return page("Apply & rollback", "/promote", body);
}
