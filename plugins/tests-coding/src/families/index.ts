// The built-in task families, by name. A catalog folder `family-<name>/` with a `family.json` names
// one of them and the seeds to generate.
import type { CodingFamily } from "./family.js";
import { tieredPricingFamily } from "./tiered-pricing.js";

/** Every built-in family. */
export const CODING_FAMILIES: readonly CodingFamily[] = [tieredPricingFamily];
