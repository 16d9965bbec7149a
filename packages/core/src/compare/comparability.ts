// Whether two results of the same item key can be compared: same test version and prompt, same model
// digest, same sampling options. A re-score of the same answer is always comparable (only scoring moved).
import { canonicalJson } from "../plan/canonical-json.js";
import type { ItemResult } from "../results/item-result.js";

/** Sampling options of an item's model as the run's plan sent them (config + per-model overrides). */
export type SamplingLookup = (model: string) => unknown;

function short(value: string): string {
  return value.length > 19 ? `${value.slice(0, 19)}…` : value;
}

function isRescoreOfSameAnswer(a: ItemResult, b: ItemResult): boolean {
  const rescored = a.provenance?.kind === "rescore" || b.provenance?.kind === "rescore";
  return rescored && a.generation !== undefined && a.generation.text === b.generation?.text;
}

/**
 * Lists why results `a` and `b` of one item key are not comparable (empty when they are): test version,
 * prompt hash, model digest, sampling options. Facts missing on either side are not held against them.
 */
export function findIncomparability(
  a: ItemResult,
  b: ItemResult,
  sampling: { a?: SamplingLookup; b?: SamplingLookup } = {},
): string[] {
  if (isRescoreOfSameAnswer(a, b)) return [];
  const reasons: string[] = [];
  if (a.testVersion !== b.testVersion) reasons.push(`test version ${a.testVersion} → ${b.testVersion}`);
  if (a.prompt && b.prompt && a.prompt.hash !== b.prompt.hash) reasons.push("prompt changed");
  if (a.modelDigest && b.modelDigest && a.modelDigest !== b.modelDigest) {
    reasons.push(`model digest ${short(a.modelDigest)} → ${short(b.modelDigest)}`);
  }
  if (sampling.a && sampling.b) {
    const before = sampling.a(a.model);
    const after = sampling.b(b.model);
    if (before !== undefined && after !== undefined && canonicalJson(before) !== canonicalJson(after)) {
      reasons.push(`sampling ${canonicalJson(before)} → ${canonicalJson(after)}`);
    }
  }
  return reasons;
}
