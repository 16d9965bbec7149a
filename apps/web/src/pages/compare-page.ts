// Two runs compared with the CLI's verdicts (`benchloop compare A B`): the same table, the warnings,
// and a link to the two-run HTML report.
import { type RunComparison, renderCompareTable } from "@benchloop/core";
import { html } from "../html.js";
import { page } from "./layout.js";

/** The compare page of runs `a` → `b`. */
export function comparePage(a: string, b: string, comparison: RunComparison): string {
  const verdict = comparison.regressed ? "✗ B regressed beyond noise" : "✓ no regression beyond noise";
  const body = html`<p>A <a href="/runs/${a}"><code>${a}</code></a> (baseline) → B <a href="/runs/${b}"><code>${b}</code></a> (candidate): <strong>${verdict}</strong>. <a href="/report?runs=${a},${b}">Open both in the HTML report</a>.</p>
${comparison.warnings.length ? html`<ul class="warnings">${comparison.warnings.map((w) => html`<li>! ${w}</li>`)}</ul>` : ""}
<pre id="compare-table" tabindex="0" aria-label="Comparison table">${renderCompareTable(comparison, { maxWidth: Number.POSITIVE_INFINITY })}</pre>`;
  return page(`Compare ${a} → ${b}`, "/", body);
}
