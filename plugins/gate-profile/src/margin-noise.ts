// Is the recommendation's lead over the runner-up larger than the noise? A paired bootstrap over the
// items both candidates ran (same harness, test, pass type and repeat) of their composite shares.
import { classifyDelta, type ItemResult, pairedBootstrapDelta } from "@benchloop/core";
import type { IntervalOptions } from "./suite-metrics.js";

/** The bootstrap interval of (recommended − runner-up) over the items both ran. */
export interface MarginNoise {
  /** The composite difference over the paired items alone. */
  delta: number;
  lower: number;
  upper: number;
  /** Items paired between the two candidates. */
  pairs: number;
  confidence: number;
}

/** The key that pairs one model's item with another's: everything of the item key but the model. */
export function toPairKey(item: ItemResult): string {
  return `${item.harness}|${item.test}|${item.passType}#${item.repeat}`;
}

function byPairKey(shares: ReadonlyMap<ItemResult, number>): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const [item, share] of shares) {
    const key = toPairKey(item);
    const list = groups.get(key);
    if (list) list.push(share);
    else groups.set(key, [share]);
  }
  return groups;
}

/**
 * Measures the noise of a margin from each candidate's per-item composite shares. Items are paired by
 * {@link toPairKey} (the n-th occurrence with the n-th, when runs repeat an item); unpaired items are
 * left out. Returns undefined when fewer than 2 items pair (the noise cannot be measured).
 */
export function measureMarginNoise(
  best: ReadonlyMap<ItemResult, number>,
  runnerUp: ReadonlyMap<ItemResult, number>,
  options: IntervalOptions,
): MarginNoise | undefined {
  const a: number[] = [];
  const b: number[] = [];
  const runnerUpByKey = byPairKey(runnerUp);
  const bestByKey = byPairKey(best);
  for (const key of [...bestByKey.keys()].sort()) {
    const mine = bestByKey.get(key)!;
    const theirs = runnerUpByKey.get(key) ?? [];
    for (let i = 0; i < Math.min(mine.length, theirs.length); i++) {
      b.push(mine[i]!);
      a.push(theirs[i]!);
    }
  }
  if (a.length < 2) return undefined;
  // Shares are fractions of a total; scaling by the pair count makes their mean that total.
  const scale = a.length;
  const interval = pairedBootstrapDelta(
    a.map((v) => v * scale),
    b.map((v) => v * scale),
    options,
  );
  return {
    delta: interval.delta,
    lower: interval.lower,
    upper: interval.upper,
    pairs: interval.n,
    confidence: options.confidence,
  };
}

/** True when the interval lies wholly above 0: the recommendation leads beyond the noise. */
export function isBeyondNoise(noise: MarginNoise | undefined): boolean {
  return noise !== undefined && classifyDelta({ interval: noise, higherIsBetter: true }) === "improved";
}
