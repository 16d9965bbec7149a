// The repair figures of the HTML report, as text: pass@2 with its interval, what repair cost, and the
// sentence about the change in pass@2 and repair rate between two compared runs. Used only when a run
// was made with repair, so reports of other runs stay as they were.
import {
  formatDuration,
  formatPercent,
  formatRange,
  type GroupSummary,
  type RunComparison,
} from "@benchloop/core";

/** "90.0% [59.6–98.2]", or "–" when the group has no pass@2. */
export function formatPassAt2(summary: GroupSummary): string {
  const p = summary.passAt2;
  return p ? `${formatPercent(p.estimate)} [${formatRange(p.lower, p.upper)}]` : "–";
}

/** "3 of 4 repaired · +2000 tokens · +8.0 s", or "–" when the group has no repair figures. */
export function formatRepairCost(summary: GroupSummary): string {
  const r = summary.repair;
  if (!r) return "–";
  return `${r.repaired} of ${r.attempted} repaired · +${r.extraTokens} tokens · +${formatDuration(r.extraWallMs)}`;
}

/**
 * The sentence about repair in the comparison section: overall pass@2 and repair rate of each run with
 * their verdicts; "" when the two runs were not both made with repair.
 */
export function describeRepairChange(comparison: RunComparison): string {
  const r = comparison.overall.repair;
  if (!r) return "";
  const rate = (p: { estimate: number; n: number }) => (p.n === 0 ? "–" : formatPercent(p.estimate));
  return ` Repair: pass@2 ${formatPercent(r.passAt2.a.estimate)} → ${formatPercent(r.passAt2.b.estimate)}: ${r.passAt2Flips.verdict}; repair rate (failed first answers fixed by one repair round) ${rate(r.rate.a)} → ${rate(r.rate.b)}: ${r.rate.verdict} (McNemar on the ${r.rate.n} items whose first answer failed in both runs).`;
}
