// The composite score of a candidate: ability × w_ability + ability per GiB of VRAM × w_efficiency −
// mean wall seconds × w_latency, every term shown. Also each item's share of it, for the margin's noise.
import type { ItemResult } from "@benchloop/core";
import type { ResolvedProfile } from "./policy-schema.js";
import { type SuiteMetrics, toItemAbility } from "./suite-metrics.js";

/** One term of the composite: the measured value, its weight and what it adds (negative for latency). */
export interface CompositeTerm {
  term: "ability" | "resourceEfficiency" | "latency";
  /** The measured value; null when not measured (it then adds 0). */
  value: number | null;
  unit: string;
  weight: number;
  contribution: number;
  note?: string;
}

/** A suite's part in the ability. */
export interface SuiteAbility {
  suite: string;
  weight: number;
  /** The candidate's ability on the suite; null without items there (the suite is then left out). */
  ability: number | null;
  items: number;
}

/** A candidate's composite score with its terms. */
export interface Composite {
  score: number;
  /** Suite-weighted ability; null when no weighted suite has items. */
  ability: number | null;
  suites: SuiteAbility[];
  terms: CompositeTerm[];
}

interface WeightedSuite {
  suite: string;
  share: number;
}

/** Suites with a positive weight and items, each with its share of the total weight (shares sum to 1). */
function weightedSuites(
  profile: ResolvedProfile,
  metrics: ReadonlyMap<string, SuiteMetrics>,
): WeightedSuite[] {
  const present = Object.entries(profile.suiteWeights).filter(
    ([suite, weight]) => weight > 0 && (metrics.get(suite)?.items ?? 0) > 0,
  );
  const total = present.reduce((sum, [, weight]) => sum + weight, 0);
  return present.map(([suite, weight]) => ({ suite, share: weight / total }));
}

/** The suites the resource efficiency and latency terms are measured on. */
function costSuites(profile: ResolvedProfile, metrics: ReadonlyMap<string, SuiteMetrics>): WeightedSuite[] {
  const suite = profile.objective.suite;
  if (suite === undefined) return weightedSuites(profile, metrics);
  return (metrics.get(suite)?.items ?? 0) > 0 ? [{ suite, share: 1 }] : [];
}

function weightedMean(
  suites: readonly WeightedSuite[],
  read: (suite: string) => number | undefined,
): number | null {
  if (suites.length === 0) return null;
  let sum = 0;
  for (const { suite, share } of suites) sum += share * (read(suite) ?? 0);
  return sum;
}

/**
 * Computes the composite from the candidate's metrics per suite (every suite the profile names must be in
 * `metrics`). Suites without items are left out of the weighting, as are zero weights; a zero objective
 * weight makes its term 0 whatever the value; an unmeasured term with a positive weight adds 0 and says so.
 */
export function computeComposite(
  profile: ResolvedProfile,
  metrics: ReadonlyMap<string, SuiteMetrics>,
  vramGb: number | undefined,
): Composite {
  const { objective } = profile;
  const abilitySuites = weightedSuites(profile, metrics);
  const ability = weightedMean(abilitySuites, (suite) => metrics.get(suite)?.ability?.estimate);
  const cost = costSuites(profile, metrics);
  const costAbility =
    objective.suite === undefined
      ? ability
      : weightedMean(cost, (suite) => metrics.get(suite)?.ability?.estimate);
  const efficiency = costAbility !== null && vramGb !== undefined ? costAbility / vramGb : null;
  const wallMs = weightedMean(cost, (suite) => metrics.get(suite)?.wallMeanMs);
  const latencySeconds = wallMs === null ? null : wallMs / 1000;

  const term = (
    name: CompositeTerm["term"],
    value: number | null,
    unit: string,
    weight: number,
    sign: 1 | -1,
    missing: string,
  ): CompositeTerm => {
    const contribution = value === null || weight === 0 ? 0 : sign * value * weight;
    return {
      term: name,
      value,
      unit,
      weight,
      contribution,
      ...(value === null && weight > 0 ? { note: `${missing}; adds 0` } : {}),
    };
  };
  const terms = [
    term("ability", ability, objective.abilityMetric, objective.ability, 1, "no weighted suite has items"),
    term(
      "resourceEfficiency",
      efficiency,
      "ability/GiB",
      objective.resourceEfficiency,
      1,
      vramGb === undefined ? "VRAM not measured (set modelFacts.<model>.vramGb)" : "no items",
    ),
    term("latency", latencySeconds, "s mean wall", objective.latency, -1, "no items"),
  ];
  const suites = Object.entries(profile.suiteWeights).map(([suite, weight]) => ({
    suite,
    weight,
    ability: metrics.get(suite)?.ability?.estimate ?? null,
    items: metrics.get(suite)?.items ?? 0,
  }));
  return {
    score: terms.reduce((sum, t) => sum + t.contribution, 0),
    ability,
    suites,
    terms,
  };
}

/**
 * Each trial item's additive share of the composite (the shares sum to the score): the composite is
 * linear in the items' ability and wall time once VRAM is fixed, so a paired bootstrap over items
 * resamples it faithfully. `items` holds the candidate's trial items per suite name.
 */
export function toItemShares(
  profile: ResolvedProfile,
  items: ReadonlyMap<string, readonly ItemResult[]>,
  metrics: ReadonlyMap<string, SuiteMetrics>,
  vramGb: number | undefined,
): Map<ItemResult, number> {
  const { objective } = profile;
  const shares = new Map<ItemResult, number>();
  const add = (item: ItemResult, value: number) => shares.set(item, (shares.get(item) ?? 0) + value);
  const spread = (suites: readonly WeightedSuite[], perItem: (item: ItemResult) => number) => {
    for (const { suite, share } of suites) {
      const suiteItems = items.get(suite) ?? [];
      for (const item of suiteItems) add(item, (share / suiteItems.length) * perItem(item));
    }
  };
  const abilityOf = (item: ItemResult) => toItemAbility(item, objective.abilityMetric);
  if (objective.ability > 0)
    spread(weightedSuites(profile, metrics), (i) => objective.ability * abilityOf(i));
  const cost = costSuites(profile, metrics);
  if (objective.resourceEfficiency > 0 && vramGb !== undefined)
    spread(cost, (i) => (objective.resourceEfficiency * abilityOf(i)) / vramGb);
  if (objective.latency > 0) spread(cost, (i) => (-objective.latency * i.metrics.wallMs) / 1000);
  return shares;
}
