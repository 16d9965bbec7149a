// How far a judge can be trusted, from judging the same answers k times (`benchloop judge --repeat k`):
// its own spread per item (standard deviation across repeats) and its agreement with the automated
// checks (share of items where judge ≥ 0.5 matches the checks' pass, and Cohen's kappa). The spread is
// also summarised per suite, and across the run's own repeats of one test (`#1`, `#2` … of the same
// model, harness, test and pass type), where the answers differ as well as the verdicts.
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
  /** The item's suite, when the run recorded it. */
  suite?: string;
  /** The item without its run repeat (model|harness|test|passType): its run repeats share it. */
  group?: string;
}

/** Spread of one item's judge scores. */
export interface ItemJudgeSpread {
  key: string;
  n: number;
  errors: number;
  mean: number;
  /** Sample variance (n − 1); 0 for a single verdict. */
  variance: number;
  /** Sample standard deviation (n − 1); 0 for a single verdict. */
  stdDev: number;
  /** Highest minus lowest score. */
  range: number;
}

/** The judge's spread over one suite's items. */
export interface SuiteJudgeSpread {
  /** The suite, or `(no suite)` for items the run recorded none for. */
  suite: string;
  /** Items with at least one verdict. */
  items: number;
  /** Mean over items of the variance of the judge's repeated scores of the same answer. */
  meanVariance: number;
  meanStdDev: number;
  maxStdDev: number;
  /** Items whose scores differed between the judge's repeats. */
  unstableItems: number;
  /** Spread of the mean judge score across the run's repeats of one test (groups of ≥ 2 repeats). */
  runRepeats: { groups: number; meanVariance: number; meanStdDev: number; maxStdDev: number };
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
  /** The same figures per suite, suites sorted by name. */
  perSuite: SuiteJudgeSpread[];
  /** Per group of the run's repeats of one test (≥ 2 repeats judged): the spread of their mean judge scores. */
  perRunRepeatGroup: (ItemJudgeSpread & { suite: string })[];
}

function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : 0;
}

function varianceOf(values: readonly number[]): number {
  // Identical values have no spread (the mean's rounding would otherwise leave ~1e-17).
  if (values.length < 2 || values.every((v) => v === values[0])) return 0;
  const m = meanOf(values);
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return squares / (values.length - 1);
}

function spreadOf(key: string, scores: readonly number[], errors: number): ItemJudgeSpread {
  const variance = varianceOf(scores);
  return {
    key,
    n: scores.length,
    errors,
    mean: meanOf(scores),
    variance,
    stdDev: Math.sqrt(variance),
    range: scores.length > 0 ? Math.max(...scores) - Math.min(...scores) : 0,
  };
}

const NO_SUITE = "(no suite)";

/** Per-suite figures of the judge's repeats and of the run's repeats. */
function summarizeSuites(
  judgements: readonly RepeatedJudgement[],
  perItem: readonly ItemJudgeSpread[],
): { perSuite: SuiteJudgeSpread[]; perRunRepeatGroup: (ItemJudgeSpread & { suite: string })[] } {
  const byKey = new Map(judgements.map((j) => [j.key, j]));
  const groups = new Map<string, { suite: string; means: number[] }>();
  for (const item of perItem) {
    const j = byKey.get(item.key);
    if (!j?.group) continue;
    const group = groups.get(j.group) ?? { suite: j.suite ?? NO_SUITE, means: [] };
    group.means.push(item.mean);
    groups.set(j.group, group);
  }
  const perRunRepeatGroup = [...groups.entries()]
    .filter(([, g]) => g.means.length >= 2)
    .map(([key, g]) => ({ ...spreadOf(key, g.means, 0), suite: g.suite }));
  const suites = [...new Set(perItem.map((p) => byKey.get(p.key)?.suite ?? NO_SUITE))].sort();
  const perSuite = suites.map((suite) => {
    const items = perItem.filter((p) => (byKey.get(p.key)?.suite ?? NO_SUITE) === suite);
    const runGroups = perRunRepeatGroup.filter((g) => g.suite === suite);
    return {
      suite,
      items: items.length,
      meanVariance: meanOf(items.map((p) => p.variance)),
      meanStdDev: meanOf(items.map((p) => p.stdDev)),
      maxStdDev: items.reduce((max, p) => Math.max(max, p.stdDev), 0),
      unstableItems: items.filter((p) => p.range > 0).length,
      runRepeats: {
        groups: runGroups.length,
        meanVariance: meanOf(runGroups.map((g) => g.variance)),
        meanStdDev: meanOf(runGroups.map((g) => g.stdDev)),
        maxStdDev: runGroups.reduce((max, g) => Math.max(max, g.stdDev), 0),
      },
    };
  });
  return { perSuite, perRunRepeatGroup };
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

/**
 * Summarises repeated judgements: spread (variance, standard deviation, range) per item, per suite and
 * overall, the spread across the run's own repeats of a test, and agreement with the checks.
 */
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
    const spread = spreadOf(j.key, j.scores, j.errors);
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
    ...summarizeSuites(judgements, perItem),
  };
}
