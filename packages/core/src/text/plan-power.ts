// What a plan can tell apart: the smallest pass@1 difference between two models that a paired
// comparison of the planned items detects (95 %, 80 % power), for `benchloop plan`.
import { DEFAULT_DISCORDANCE, pairedDetectableDifference } from "../stats/index.js";

/** The paired items per model and the detectable difference at a few discordance levels. */
export interface PlanPower {
  /** Items one model answers; two models are compared on these, paired. */
  pairedItems: number;
  /** Distinct tests among them: repeats and pass types of one test are correlated, so the effective count lies between. */
  tests: number;
  /** Smallest detectable difference (a share) on `pairedItems` at 10, 20 and 30 % discordance; null: none detectable. */
  byDiscordance: { discordance: number; difference: number | null }[];
  /** The same at the default discordance, counting only distinct tests. */
  perTest: number | null;
}

const DISCORDANCE_LEVELS = [0.1, DEFAULT_DISCORDANCE, 0.3];

/** Computes the plan's power from its items (model and test of each). */
export function toPlanPower(items: readonly { model: string; test: string }[]): PlanPower {
  const perModel = new Map<string, number>();
  for (const item of items) perModel.set(item.model, (perModel.get(item.model) ?? 0) + 1);
  const pairedItems = perModel.size === 0 ? 0 : Math.min(...perModel.values());
  const tests = new Set(items.map((item) => item.test)).size;
  return {
    pairedItems,
    tests,
    byDiscordance: DISCORDANCE_LEVELS.map((discordance) => ({
      discordance,
      difference: pairedDetectableDifference(pairedItems, { discordance }),
    })),
    perTest: pairedDetectableDifference(tests),
  };
}

function points(difference: number | null): string {
  return difference === null ? "none" : `${(difference * 100).toFixed(1)} pp`;
}

/** Two lines for the terminal. */
export function describePlanPower(power: PlanPower): string {
  const main = power.byDiscordance.find((level) => level.discordance === DEFAULT_DISCORDANCE);
  const others = power.byDiscordance
    .filter((level) => level !== main)
    .map((level) => `${Math.round(level.discordance * 100)}%: ${points(level.difference)}`)
    .join(", ");
  const head =
    main?.difference === null || main === undefined
      ? `detectable difference: none — ${power.pairedItems} paired item(s) per model pair are too few for a paired comparison to detect any pass@1 difference (95%, 80% power, models disagreeing on ${Math.round(DEFAULT_DISCORDANCE * 100)}% of items)`
      : `detectable difference: ${points(main.difference)} of pass@1 between two models on these ${power.pairedItems} paired items (95%, 80% power, models disagreeing on ${Math.round(DEFAULT_DISCORDANCE * 100)}% of items; ${others})`;
  return `${head}\n  pass types and repeats of one test are correlated: counting only the ${power.tests} distinct tests, ${points(power.perTest)}\n`;
}
