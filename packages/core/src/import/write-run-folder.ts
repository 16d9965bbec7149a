// Writes a whole run at once (plan.json, items.jsonl, run.json, the results index entry) for runs made
// outside the kernel: imports and rescores. Goes through the results store; run.json is written last.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Plan } from "../plan/plan-schema.js";
import type { Run } from "../results/run-schema.js";
import { writeFileAtomic } from "../store/atomic-write.js";
import { JOURNAL_FILE } from "../store/item-journal.js";
import { indexEntryOf, type RunStore } from "../store/run-store.js";

/**
 * Creates the run's folder, failing when it exists: results are never overwritten.
 * @throws the file system's EEXIST error when the folder exists
 */
export async function claimRunFolder(store: RunStore): Promise<void> {
  await mkdir(store.resultsDir, { recursive: true });
  await mkdir(store.dir);
}

/** Writes a complete run into its (claimed) folder and lists it in the results index. */
export async function writeRunFolder(store: RunStore, contents: { plan: Plan; run: Run }): Promise<void> {
  const { plan, run } = contents;
  await store.writePlan(plan);
  let journal = "";
  for (const item of run.items) journal += `${JSON.stringify(item)}\n`;
  await writeFileAtomic(path.join(store.dir, JOURNAL_FILE), journal);
  await store.writeRun(run);
  await store.updateIndex(indexEntryOf(run, run.items.length));
}
