// What `benchloop runs` prints: one row per run of the results index, a run still marked running shown
// as stopped when no live process holds its lock, and every damaged run named.
import { readFileSync } from "node:fs";
import path from "node:path";
import { isProcessAlive } from "../store/process-alive.js";
import type { RunIndexEntry } from "../store/run-index.js";
import { renderTable } from "./table.js";

/** The status of a run as people need it: a "running" run whose process is gone can be resumed. */
export function runStatusLabel(status: string, dir: string): string {
  if (status !== "running") return status;
  try {
    return isProcessAlive(Number(readFileSync(path.join(dir, ".lock"), "utf8")))
      ? "running"
      : "stopped (resumable)";
  } catch {
    return "stopped (resumable)";
  }
}

/** The runs of a results folder as a table, then a line per damaged run. */
export function renderRunList(resultsDir: string, runs: readonly RunIndexEntry[]): string {
  if (runs.length === 0) return `No runs in ${resultsDir}.\n`;
  const rows = runs.map((r) => [
    r.runId,
    runStatusLabel(r.status, path.join(resultsDir, r.runId)),
    r.startedAt.replace("T", " ").slice(0, 19),
    r.done !== undefined && r.done !== r.items ? `${r.done}/${r.items}` : String(r.items),
    String(r.passed),
    r.simulated ? "yes" : "",
  ]);
  let out = renderTable(["run", "status", "started (UTC)", "items", "passed", "simulated"], rows, {
    align: ["left", "left", "left", "right", "right", "left"],
  });
  for (const damaged of runs.filter((r) => r.problem))
    out += `! ${damaged.runId} is damaged: ${damaged.problem}\n`;
  return out;
}
