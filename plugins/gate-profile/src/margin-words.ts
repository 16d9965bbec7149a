// The sentences about a margin: its size against the policy's minimum, whether it is beyond the noise
// (else a tie) and the rule that broke the tie. gate.json's alerts and reasons and gate.md use these,
// built from the same unrounded numbers, shown with as many decimals as keep them from contradicting.
import { formatDistinct, formatNumber } from "./format-metric.js";
import type { Margin } from "./gate-report.js";

/** What the tie-break wording needs of a margin. */
type TieBreak = Margin["tieBreak"];

/** "`best` is ranked first by the tie-break rule: higher composite score (x vs y for `runnerUp`)". */
export function describeTieBreak(tieBreak: TieBreak, best: string, runnerUp: string): string {
  if (tieBreak.rule === "model" || tieBreak.recommended === null || tieBreak.runnerUp === null)
    return `${best} is ranked first by the last tie-break rule: model name in code-point order (every score equal within 1e-9)`;
  const [x, y] = formatDistinct([tieBreak.recommended, tieBreak.runnerUp]);
  const what = {
    composite: "higher composite score",
    ability: "equal composites, higher ability",
    passAt1: "equal composites and ability, higher pass@1",
    passAt2: "equal composites and ability, higher pass@2",
  }[tieBreak.rule];
  return `${best} is ranked first by the tie-break rule: ${what} (${x} vs ${y} for ${runnerUp})`;
}

/** The margin's value and interval bounds, shown with the same decimals. */
function marginNumbers(margin: Margin): { value: string; lower?: string; upper?: string } {
  if (!margin.noise) return { value: formatDistinct([margin.value])[0]! };
  const [value, lower, upper] = formatDistinct([margin.value, margin.noise.lower, margin.noise.upper]);
  return { value: value!, lower: lower!, upper: upper! };
}

/** The noise interval in words: "95% interval [a, b] over n paired items", or why there is none. */
export function describeNoise(margin: Margin): string {
  if (!margin.noise) return "the noise cannot be measured: fewer than 2 items ran for both";
  const { lower, upper } = marginNumbers(margin);
  return `${formatNumber(margin.noise.confidence * 100)}% interval [${lower}, ${upper}] over ${margin.noise.pairs} paired items`;
}

/**
 * The margin in one sentence (no profile name): "leads B by v, beyond the noise (…)" or "ties with B:
 * not enough items to separate A and B (lead v, …); A is ranked first by the tie-break rule: …".
 */
export function describeMargin(margin: Margin, best: string): string {
  const { value } = marginNumbers(margin);
  if (!margin.tie) return `leads ${margin.runnerUp} by ${value}, beyond the noise (${describeNoise(margin)})`;
  return `ties with ${margin.runnerUp}: not enough items to separate ${best} and ${margin.runnerUp} (lead ${value}, not beyond the noise: ${describeNoise(margin)}); ${describeTieBreak(margin.tieBreak, best, margin.runnerUp)}`;
}

/** The narrow-margin warning (no profile name): "A leads B by v, less than the minimum margin m". */
export function describeNarrowMargin(margin: Margin, best: string): string {
  const [value, limit] = formatDistinct([margin.value, margin.minimum]);
  return `${best} leads ${margin.runnerUp} by ${value}, less than the minimum margin ${limit}`;
}
