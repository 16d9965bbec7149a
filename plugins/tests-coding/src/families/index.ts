// The built-in task families, by name. A catalog folder `family-<name>/` with a `family.json` names
// one of them and the seeds to generate.
import { configParserFamily } from "./config-parser.js";
import type { CodingFamily } from "./family.js";
import { movingAverageFamily } from "./moving-average.js";
import { runLengthFamily } from "./run-length.js";
import { scoreBandsFamily } from "./score-bands.js";
import { shiftCipherFamily } from "./shift-cipher.js";
import { stockLedgerFamily } from "./stock-ledger.js";
import { tieredPricingFamily } from "./tiered-pricing.js";
import { wordStatsFamily } from "./word-stats.js";

/** Every built-in family. */
export const CODING_FAMILIES: readonly CodingFamily[] = [
  configParserFamily,
  movingAverageFamily,
  runLengthFamily,
  scoreBandsFamily,
  shiftCipherFamily,
  stockLedgerFamily,
  tieredPricingFamily,
  wordStatsFamily,
];
