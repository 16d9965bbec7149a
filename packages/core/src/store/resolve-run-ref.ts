// Turns what a user types for a run — an id, a folder path, `latest` or `latest~N` — into a run folder.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { runNotFound } from "../errors/catalog.js";
import { isRunId } from "../import/run-id.js";
import { listRuns } from "./run-index.js";

/** Options of {@link resolveRunRef}. */
export interface ResolveRunRefOptions {
  /** The results folder (absolute, or relative to `cwd`). */
  resultsDir: string;
  /** A run id, a path to a run folder or its run.json, `latest`, or `latest~N` (N runs before the latest). */
  ref: string;
  /** Folder relative paths are resolved against (default: the process's). */
  cwd?: string;
}

/** A resolved run. */
export interface RunRef {
  runId: string;
  /** Absolute path of the run folder. */
  dir: string;
}

function isRunFolder(dir: string): boolean {
  return existsSync(path.join(dir, "run.json")) || existsSync(path.join(dir, "plan.json"));
}

/**
 * Resolves a run reference. `latest` counts every run folder with a plan.json or run.json, finished or
 * not (so `--resume latest` finds a killed run).
 * @throws RUN_NOT_FOUND naming the reference and the results folder
 */
export async function resolveRunRef(options: ResolveRunRefOptions): Promise<RunRef> {
  const cwd = options.cwd ?? process.cwd();
  const resultsDir = path.resolve(cwd, options.resultsDir);
  const ref = options.ref.trim();
  const latest = /^latest(?:~(\d+))?$/.exec(ref);
  if (latest) {
    const back = Number(latest[1] ?? 0);
    const runs = listRuns(resultsDir);
    const picked = runs[runs.length - 1 - back];
    if (!picked) throw runNotFound(ref, resultsDir);
    return { runId: picked.runId, dir: path.join(resultsDir, picked.runId) };
  }
  if (isRunId(ref)) {
    const dir = path.join(resultsDir, ref);
    if (isRunFolder(dir)) return { runId: ref, dir };
  }
  const target = path.resolve(cwd, ref);
  if (existsSync(target)) {
    const dir = statSync(target).isDirectory() ? target : path.dirname(target);
    if (isRunFolder(dir)) return { runId: path.basename(dir), dir };
  }
  throw runNotFound(ref, resultsDir);
}
