// The last finished runs of a results folder (completed or interrupted), read in full: what a plan's
// duration is estimated from. Unreadable runs are left out.
import path from "node:path";
import type { Run } from "../results/run-schema.js";
import { readRun } from "./read-run.js";
import { listRuns } from "./run-index.js";

/** Up to `limit` most recent finished runs of `resultsDir`, oldest first. */
export async function readRecentRuns(resultsDir: string, limit: number): Promise<Run[]> {
  const entries = listRuns(resultsDir)
    .filter((e) => e.status === "completed" || e.status === "interrupted")
    .slice(-limit);
  const runs = await Promise.all(
    entries.map((e) => readRun(path.join(resultsDir, e.runId)).catch(() => undefined)),
  );
  return runs.filter((run): run is Run => run !== undefined);
}
