// The repair rows of a comparison, shared by its terminal and Markdown renderings: pass@2 of each run
// with the paired Δ and its flips, the repair rate of each run with the items repaired in one run only,
// and a verdict for each. Shown only when both runs used repair.
import type { GroupComparison, RunComparison } from "../compare/comparison.js";
import { formatDeltaInterval, formatPercent } from "../format/format.js";

/** Column titles of the repair table. */
export const REPAIR_HEADER = [
  "group",
  "n",
  "pass@2 A → B",
  "Δ pass@2 [95% CI]",
  "flips ✗/✓",
  "pass@2 verdict",
  "repair rate A → B",
  "repaired lost/gained",
  "repair verdict",
];

/** Right-aligned columns of the repair table. */
export const REPAIR_RIGHT = [false, true, true, true, true, false, true, true, false];

const VERDICT: Record<GroupComparison["verdict"], string> = {
  improved: "▲ improved",
  regressed: "▼ regressed",
  "within noise": "= within noise",
};

/** "40.0% (2 of 5)", or "–" when no item failed first. */
function rate(interval: { estimate: number; n: number }): string {
  if (interval.n === 0) return "–";
  return `${formatPercent(interval.estimate)} (${Math.round(interval.estimate * interval.n)} of ${interval.n})`;
}

/** The cells of one group's repair row; undefined when the group has no repair figures. */
export function toRepairRow(group: GroupComparison): string[] | undefined {
  const r = group.repair;
  if (!r) return undefined;
  return [
    group.label,
    String(group.n),
    group.n === 0 ? "–" : `${formatPercent(r.passAt2.a.estimate)} → ${formatPercent(r.passAt2.b.estimate)}`,
    formatDeltaInterval(r.passAt2.delta),
    `${r.passAt2Flips.passToFail}/${r.passAt2Flips.failToPass}`,
    VERDICT[r.passAt2Flips.verdict],
    `${rate(r.rate.a)} → ${rate(r.rate.b)}`,
    `${r.rate.lost}/${r.rate.gained} of ${r.rate.n}`,
    VERDICT[r.rate.verdict],
  ];
}

/** The repair rows, overall first; undefined when the runs were not both made with repair. */
export function toRepairRows(c: RunComparison): string[][] | undefined {
  if (!c.overall.repair) return undefined;
  return [c.overall, ...c.groups].flatMap((group) => {
    const row = toRepairRow(group);
    return row ? [row] : [];
  });
}

/** The note under the repair table: what the figures are and how their verdicts were reached. */
export const REPAIR_NOTE =
  "Repair: pass@2 counts an item passed by its first answer or one repair round; the repair rate is the share of items whose first answer failed that a repair round fixed. " +
  "Verdicts use McNemar's exact test as pass@1 does: on the items whose pass@2 flipped, and on the items whose first answer failed in both runs (repaired in A only = lost, in B only = gained).";
