// Public surface of the statistics module: intervals, pass@k, bootstrap, paired tests, percentiles.

export type { BootstrapOptions, DeltaInterval, MeanInterval } from "./bootstrap.js";
export { bootstrapMeanInterval, pairedBootstrapDelta } from "./bootstrap.js";
export type { ClassifyDeltaInput, DeltaVerdict, PassDeltaInput, ScoreDeltaInput } from "./classify-delta.js";
export { classifyDelta } from "./classify-delta.js";
export type { PairedPowerOptions } from "./detectable-difference.js";
export {
  DEFAULT_DISCORDANCE,
  pairedDetectableDifference,
  pairedItemsNeeded,
} from "./detectable-difference.js";
export type { PassFlips } from "./mcnemar.js";
export { countPassFlips, mcnemarExact } from "./mcnemar.js";
export { mean } from "./mean.js";
export { passAt1, passAtK, passHatK } from "./pass-at-k.js";
export { median, percentile } from "./percentile.js";
export type { Random } from "./random.js";
export { createRandom } from "./random.js";
export type { Summary } from "./summarize.js";
export { summarize } from "./summarize.js";
export type { ProportionInterval } from "./wilson.js";
export { wilsonInterval } from "./wilson.js";
