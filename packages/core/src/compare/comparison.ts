// The result of comparing run A with run B: plain data, the same for terminal, JSON and Markdown output.
import type { DeltaVerdict } from "../stats/classify-delta.js";
import type { ProportionInterval } from "../stats/wilson.js";
import type { ItemFilter } from "../summary/item-filter.js";
import type { PairedDelta } from "./paired-interval.js";
import type { RepairComparison } from "./repair-comparison.js";

/** Item fields a comparison can be grouped by. */
export const COMPARE_DIMENSIONS = ["model", "harness", "test", "passType"] as const;

/** An item field a comparison can be grouped by. */
export type CompareDimension = (typeof COMPARE_DIMENSIONS)[number];

/**
 * The pass@1 difference (5 points) a comparison must be able to detect before "within noise" means the
 * runs are alike rather than that there were too few items to tell.
 */
export const SEPARABLE_DIFFERENCE = 0.05;

/** Version of the comparison's JSON shape (`compare --json`). */
export const COMPARISON_SCHEMA_VERSION = 1;

/** One side of a comparison. */
export interface ComparedRun {
  runId: string;
  startedAt: string;
  /** Items of the run after the filter. */
  items: number;
  /** True when the run was answered by a simulator (ollama-sim), not by real models. */
  simulated: boolean;
}

/** A pair of numbers, one per run; null when the run has no data for it. */
export interface SidePair {
  a: number | null;
  b: number | null;
}

/** How run A and run B compare over one group of matched items. */
export interface GroupComparison {
  /** The group's value of each grouping dimension (empty for the overall group). */
  group: Partial<Record<CompareDimension, string>>;
  /** The values joined with " · ", or "all". */
  label: string;
  /** Matched, comparable pairs in the group. */
  n: number;
  /**
   * What the group's items can tell apart: the smallest pass@1 difference (a share) these `n` pairs
   * detect with 80 % power at the verdicts' test level, given the share of items that flipped
   * (`discordance`, at least one item); null when no difference is detectable. `enoughItems` is false
   * when the verdict is "within noise", that difference is above {@link SEPARABLE_DIFFERENCE} and so is
   * the 95 % upper bound of the share of flipped items: the runs may differ, but there are not enough
   * items to separate them.
   */
  detectable: { difference: number | null; discordance: number; enoughItems: boolean };
  /** pass@1 of each run with its Wilson interval, and the paired difference B − A with its interval. */
  passAt1: { a: ProportionInterval; b: ProportionInterval; delta: PairedDelta };
  /** Items that flipped, and McNemar's exact two-sided p-value for them. */
  flips: { passToFail: number; failToPass: number; pValue: number };
  /** Mean check rate of each run, the paired difference with its interval, and the sign-flip test's p-value. */
  checkRate: SidePair & { delta: PairedDelta; pValue: number };
  /** Mean judge score over pairs judged in both runs; absent when no pair was. */
  judge?: SidePair & { n: number; delta: PairedDelta };
  medianWallMs: SidePair;
  /**
   * Pairs of the group whose timings each run replayed from the cache (measured when the generation
   * was made, in an earlier run): latency and speed figures of those items are not the replay's.
   */
  replayedTimings: { a: number; b: number };
  medianTokensPerSec: SidePair;
  verdict: DeltaVerdict;
  /** What decided the verdict: the pass flips, the check rates, or neither (within noise). */
  verdictBasis: "pass flips" | "check rate" | "none";
  /**
   * pass@2 and the repair rate of each run with their paired verdicts; present only when both runs used
   * repair. `verdict` above stays the first answers' (pass@1, then check rate).
   */
  repair?: RepairComparison;
}

/** One item that changed between the runs. */
export interface ItemChange {
  key: string;
  /**
   * A pass flip (passed in one run, not in the other), a repair flip (the same first-answer outcome,
   * but passed by one repair round in one run only; runs both made with repair), or a check-rate change
   * without either.
   */
  kind: "pass flip" | "repair flip" | "score";
  /** `passedAtAttempt` is set for repair flips: the attempt that passed, when one did. */
  a: { status: string; checkRate: number; passedAtAttempt?: number };
  b: { status: string; checkRate: number; passedAtAttempt?: number };
  /** Check rate B − A. */
  delta: number;
}

/** A matched item left out of the verdict, and why. */
export interface IncomparableItem {
  key: string;
  reasons: string[];
  /** True when `allowIncomparable` kept it in the verdict anyway. */
  included: boolean;
}

/** The full comparison of run A with run B. */
export interface RunComparison {
  schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  a: ComparedRun;
  b: ComparedRun;
  groupBy: CompareDimension[];
  filter: ItemFilter;
  /** Family-wise significance level: the chance of any verdict other than "within noise" when only noise differs. */
  alpha: number;
  /** Significance level of each single test after the Bonferroni correction. */
  testAlpha: number;
  /** Keys present in both runs (after the filter). */
  matched: number;
  /** Pairs that entered the statistics. */
  compared: number;
  onlyInA: string[];
  onlyInB: string[];
  /** Matched keys skipped in either run (not a trial, not compared). */
  skipped: string[];
  incomparable: IncomparableItem[];
  overall: GroupComparison;
  groups: GroupComparison[];
  topRegressions: ItemChange[];
  topImprovements: ItemChange[];
  /**
   * True when the overall verdict or any group's is "regressed" — including, when both runs used repair,
   * the pass@2 or repair-rate verdict.
   */
  regressed: boolean;
  /** What makes the comparison itself doubtful, one sentence each (a simulated run against a real one). */
  warnings: string[];
}
