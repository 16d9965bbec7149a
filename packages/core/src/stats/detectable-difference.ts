// How small a pass@1 difference between two models a paired comparison on n items can detect. Pass/fail
// outcomes of two models on the same items only differ where the models disagree (discordant items),
// so the answer depends on how often they disagree: Connor's (1987) sample size for McNemar's test,
// n = (z₁₋α/₂·√ψ + z₁₋β·√(ψ − δ²))² / δ², solved here for δ (ψ: share of discordant items).
import { assertConfidence, assertIntegerInRange } from "./arguments.js";
import { normalQuantile } from "./normal-quantile.js";

/** Options of {@link pairedItemsNeeded} and {@link pairedDetectableDifference}. */
export interface PairedPowerOptions {
  /**
   * Share of items on which the two models' outcomes differ (one passes, the other fails), strictly
   * between 0 and 1; default 0.2. Models of similar size disagree on roughly 10–30 % of items.
   */
  discordance?: number;
  /** Two-sided significance level, strictly between 0 and 1; default 0.05 (95 %). */
  alpha?: number;
  /** Chance of detecting a real difference of that size, strictly between 0 and 1; default 0.8. */
  power?: number;
}

/** The share of discordant items assumed when none is given. */
export const DEFAULT_DISCORDANCE = 0.2;

function resolve(fn: string, options: PairedPowerOptions) {
  const discordance = options.discordance ?? DEFAULT_DISCORDANCE;
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  if (!(discordance > 0 && discordance < 1)) {
    throw new RangeError(`${fn}: discordance must be between 0 and 1 exclusive; got ${discordance}.`);
  }
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(`${fn}: alpha must be between 0 and 1 exclusive (0.05 for 95%); got ${alpha}.`);
  }
  assertConfidence(fn, power);
  return { discordance, zAlpha: normalQuantile(1 - alpha / 2), zPower: normalQuantile(power) };
}

/** Connor's n for a difference δ (0 < δ ≤ ψ), unrounded. */
function itemsFor(delta: number, psi: number, zAlpha: number, zPower: number): number {
  const root = zAlpha * Math.sqrt(psi) + zPower * Math.sqrt(Math.max(0, psi - delta * delta));
  return (root * root) / (delta * delta);
}

/**
 * Returns how many paired items a comparison needs to detect a pass@1 difference of `difference`
 * (0.1 = 10 points) with McNemar's test, rounded up. Example: 0.1 at 20 % discordance, α 0.05 and 80 %
 * power needs 155 items.
 * @throws RangeError when `difference` is not above 0 and at most the discordance (two models cannot
 * differ by more than the share of items they disagree on), or an option is out of range.
 */
export function pairedItemsNeeded(difference: number, options: PairedPowerOptions = {}): number {
  const { discordance, zAlpha, zPower } = resolve("pairedItemsNeeded", options);
  if (!(difference > 0 && difference <= discordance)) {
    throw new RangeError(
      `pairedItemsNeeded: difference must be above 0 and at most the discordance ${discordance}; got ${difference}.`,
    );
  }
  return Math.ceil(itemsFor(difference, discordance, zAlpha, zPower) - 1e-9);
}

/**
 * Returns the smallest pass@1 difference (a share: 0.1 = 10 points) that a paired comparison of two
 * models on `items` items detects with the given power at the given significance level, or null when
 * no difference is detectable with that few items (even one where every discordant item favours the
 * same model). Example: 150 items at 20 % discordance → 0.1015.
 * @throws RangeError when `items` is not a non-negative integer or an option is out of range.
 */
export function pairedDetectableDifference(items: number, options: PairedPowerOptions = {}): number | null {
  assertIntegerInRange("pairedDetectableDifference", "items", items, 0, Number.MAX_SAFE_INTEGER);
  const { discordance, zAlpha, zPower } = resolve("pairedDetectableDifference", options);
  if (items === 0 || itemsFor(discordance, discordance, zAlpha, zPower) > items) return null;
  // itemsFor falls as δ grows on (0, ψ]: bisect for the δ where it equals `items`.
  let low = 0;
  let high = discordance;
  for (let step = 0; step < 100 && high - low > 1e-12; step++) {
    const middle = (low + high) / 2;
    if (itemsFor(middle, discordance, zAlpha, zPower) > items) low = middle;
    else high = middle;
  }
  return high;
}
