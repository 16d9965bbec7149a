// The repair side of a comparison, for runs that both used repair: pass@2 of each run with the paired
// difference, and the repair rate (items repaired among those whose first answer failed), each judged
// with the same paired rule as pass@1 — McNemar's exact test on the items that flipped, at the
// comparison's Bonferroni-corrected level — so a change in what repair buys is reported, or called
// noise, exactly as a change in first answers is.
import type { ItemResult } from "../results/item-result.js";
import { classifyDelta, type DeltaVerdict } from "../stats/classify-delta.js";
import { countPassFlips, mcnemarExact } from "../stats/mcnemar.js";
import { type ProportionInterval, wilsonInterval } from "../stats/wilson.js";
import { failedFirst, isItemRepaired, passedWithin } from "../summary/repair-outcome.js";
import { type PairedDelta, type PairedDeltaOptions, pairedDeltaInterval } from "./paired-interval.js";

/** How the repair figures of run A and run B compare over one group of matched items. */
export interface RepairComparison {
  /** pass@2 of each run with its Wilson interval, and the paired difference B − A with its interval. */
  passAt2: { a: ProportionInterval; b: ProportionInterval; delta: PairedDelta };
  /** Items whose pass@2 outcome flipped, McNemar's exact p-value, and the verdict at the test level. */
  passAt2Flips: { passToFail: number; failToPass: number; pValue: number; verdict: DeltaVerdict };
  /**
   * The repair rate of each run (items repaired among the group's items whose first answer failed, with
   * its Wilson interval), and the paired test over the items whose first answer failed in both runs:
   * `lost` were repaired in A but not in B, `gained` the reverse.
   */
  rate: {
    a: ProportionInterval;
    b: ProportionInterval;
    /** Items whose first answer failed in both runs: the pairs the test is made on. */
    n: number;
    lost: number;
    gained: number;
    pValue: number;
    verdict: DeltaVerdict;
  };
}

/** The per-pair repair outcomes of a comparison, read once from the items (1 true, 0 false). */
export interface RepairColumns {
  pass2A: Uint8Array;
  pass2B: Uint8Array;
  failedA: Uint8Array;
  failedB: Uint8Array;
  repairedA: Uint8Array;
  repairedB: Uint8Array;
}

/** Reads the repair outcomes of every pair, in pair order. */
export function toRepairColumns(pairs: readonly { a: ItemResult; b: ItemResult }[]): RepairColumns {
  const n = pairs.length;
  const columns: RepairColumns = {
    pass2A: new Uint8Array(n),
    pass2B: new Uint8Array(n),
    failedA: new Uint8Array(n),
    failedB: new Uint8Array(n),
    repairedA: new Uint8Array(n),
    repairedB: new Uint8Array(n),
  };
  pairs.forEach(({ a, b }, i) => {
    columns.pass2A[i] = passedWithin(a, 2) ? 1 : 0;
    columns.pass2B[i] = passedWithin(b, 2) ? 1 : 0;
    columns.failedA[i] = failedFirst(a) ? 1 : 0;
    columns.failedB[i] = failedFirst(b) ? 1 : 0;
    columns.repairedA[i] = isItemRepaired(a) ? 1 : 0;
    columns.repairedB[i] = isItemRepaired(b) ? 1 : 0;
  });
  return columns;
}

/** Options of {@link compareRepair}: the test level and the display interval's settings. */
export interface RepairCompareLevels {
  testAlpha: number;
  display: PairedDeltaOptions;
}

/** Compares the repair figures of the pairs at `indices` (every pair when undefined). */
export function compareRepair(
  columns: RepairColumns,
  indices: ArrayLike<number> | undefined,
  levels: RepairCompareLevels,
): RepairComparison {
  const n = indices ? indices.length : columns.pass2A.length;
  const at = (j: number) => (indices ? indices[j]! : j);
  const pass2A: boolean[] = [];
  const pass2B: boolean[] = [];
  const repairedA: boolean[] = [];
  const repairedB: boolean[] = [];
  let failedA = 0;
  let failedB = 0;
  let fixedA = 0;
  let fixedB = 0;
  for (let j = 0; j < n; j++) {
    const i = at(j);
    pass2A.push(columns.pass2A[i] === 1);
    pass2B.push(columns.pass2B[i] === 1);
    failedA += columns.failedA[i]!;
    failedB += columns.failedB[i]!;
    fixedA += columns.repairedA[i]!;
    fixedB += columns.repairedB[i]!;
    if (columns.failedA[i] === 1 && columns.failedB[i] === 1) {
      repairedA.push(columns.repairedA[i] === 1);
      repairedB.push(columns.repairedB[i] === 1);
    }
  }
  const { confidence } = levels.display;
  const flips = countPassFlips(pass2A, pass2B);
  const rateFlips = countPassFlips(repairedA, repairedB);
  const passed = (values: boolean[]) => values.filter(Boolean).length;
  const asNumbers = (values: boolean[]) => Float64Array.from(values, (v) => (v ? 1 : 0));
  return {
    passAt2: {
      a: wilsonInterval(passed(pass2A), n, confidence),
      b: wilsonInterval(passed(pass2B), n, confidence),
      delta: pairedDeltaInterval(asNumbers(pass2A), asNumbers(pass2B), levels.display),
    },
    passAt2Flips: {
      passToFail: flips.passToFail,
      failToPass: flips.failToPass,
      pValue: mcnemarExact(flips.passToFail, flips.failToPass),
      verdict: classifyDelta({ a: pass2A, b: pass2B, alpha: levels.testAlpha }),
    },
    rate: {
      a: wilsonInterval(fixedA, failedA, confidence),
      b: wilsonInterval(fixedB, failedB, confidence),
      n: repairedA.length,
      lost: rateFlips.passToFail,
      gained: rateFlips.failToPass,
      pValue: mcnemarExact(rateFlips.passToFail, rateFlips.failToPass),
      verdict: classifyDelta({ a: repairedA, b: repairedB, alpha: levels.testAlpha }),
    },
  };
}
