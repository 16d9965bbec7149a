// The shape of a run.json at schemaVersion 1: today's run without the repair fields (items had no
// `repairs`, `passedAtAttempt` or `repairUnsupported`). Only the migration chain produces or reads it.
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";

/** An item result of schemaVersion 1. */
export type ItemResultV1 = Omit<ItemResult, "repairs" | "passedAtAttempt" | "repairUnsupported">;

/** A run.json of schemaVersion 1. */
export type RunV1 = Omit<Run, "schemaVersion" | "items"> & { schemaVersion: 1; items: ItemResultV1[] };
