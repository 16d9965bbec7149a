// How far a judge can be trusted, from judging the same answers k times (`benchloop judge --repeat k`):
// its own spread per item (standard deviation across repeats) and its agreement with the automated
// checks (share of items where judge ≥ 0.5 matches the checks' pass, and Cohen's kappa).
import { JUDGE_PASS_THRESHOLD } from "./judge-score.js";

/** The repeated verdicts of one item. */
export interface RepeatedJudgement {
  key: string;
  /** Overall judge scores of the repeats that gave a verdict (judge errors left out). */
  scores: number[];
  /** Repeats that ended in judge_error. */
  errors: number;
  /** Whether the automated checks passed the answer; undefined when it was not scored. */
  checksPassed?: boolean;
}

/** Spread of one item's judge scores. */
export interface ItemJudgeSpread {
  key: string;
  n: number;
  errors: number;
  mean: number;
  /** Sample standard deviation (n − 1); 0 for a single verdict. */
  stdDev: number;
}

/** The judge's reliability over a run. */
export interface JudgeReliability {
  repeats: number;
  /** Items with at least one verdict. */
  items: number;
  /** Verdicts that could not be read or reached, over all repeats. */
  judgeErrors: number;
  /** Mean over items of the per-item standard deviation; 0 when the judge always repeats itself. */
  meanStdDev: number;
  maxStdDev: number;
  /** Items whose overall scores differed between repeats. */
  unstableItems: number;
  /** Agreement of the judge's pass (mean score ≥ 0.5) with the automated checks' pass. */
  agreement: {
    /** Items with both a verdict and an automated outcome. */
    n: number;
    /** Share of those where they agree; undefined when n is 0. */
    rate?: number;
    /** Cohen's kappa: agreement beyond chance (1 perfect, 0 chance, < 0 worse than chance). */
    kappa?: number;
  };
  perItem: ItemJudgeSpread[];
}

function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : 0;
}

function stdDevOf(values: readonly number[]): number {
  // Identical values have no spread (the mean's rounding would otherwise leave ~1e-17).
  if (values.length < 2 || values.every((v) => v === values[0])) return 0;
  const m = meanOf(values);
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/**
 * Cohen's kappa of two raters' yes/no answers over the same items: (observed − chance agreement) /
 * (1 − chance). Undefined for no items; 1 when both always agree, even on a single category.
 */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): number | undefined {
  const n = pairs.length;
  if (n === 0) return undefined;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    if (a) aYes++;
    if (b) bYes++;
  }
  const observed = agree / n;
  const chance = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  if (chance >= 1) return observed === 1 ? 1 : 0;
  return (observed - chance) / (1 - chance);
}

/** Summarises repeated judgements: spread per item and overall, and agreement with the checks. */
export function summarizeJudgeRepeats(
  judgements: readonly RepeatedJudgement[],
  repeats: number,
): JudgeReliability {
  const perItem: ItemJudgeSpread[] = [];
  const pairs: [boolean, boolean][] = [];
  let judgeErrors = 0;
  for (const j of judgements) {
    judgeErrors += j.errors;
    if (j.scores.length === 0) continue;
    const spread = {
      key: j.key,
      n: j.scores.length,
      errors: j.errors,
      mean: meanOf(j.scores),
      stdDev: stdDevOf(j.scores),
    };
    perItem.push(spread);
    if (j.checksPassed !== undefined) pairs.push([spread.mean >= JUDGE_PASS_THRESHOLD, j.checksPassed]);
  }
  const spreads = perItem.map((p) => p.stdDev);
  const agreeing = pairs.filter(([a, b]) => a === b).length;
  const kappa = cohensKappa(pairs);
  return {
    repeats,
    items: perItem.length,
    judgeErrors,
    meanStdDev: meanOf(spreads),
    maxStdDev: spreads.reduce((max, s) => Math.max(max, s), 0),
    unstableItems: judgements.filter((j) => new Set(j.scores).size > 1).length,
    agreement: {
      n: pairs.length,
      ...(pairs.length > 0 ? { rate: agreeing / pairs.length } : {}),
      ...(kappa !== undefined ? { kappa } : {}),
    },
    perItem,
  };
}
