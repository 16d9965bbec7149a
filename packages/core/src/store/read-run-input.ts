// Reading a run for analysis (show, compare, export, rescore, judge): by run id, `latest`, `latest~N`,
// a run folder or a run.json path (any supported schema version, through the migration chain), with its
// plan when the folder has a valid one.
import { stat } from "node:fs/promises";
import path from "node:path";
import { readRunFile } from "../migrations/read-run-file.js";
import type { Plan } from "../plan/plan-schema.js";
import type { Run } from "../results/run-schema.js";
import { readPlan, readRun } from "./read-run.js";
import { resolveRunRef } from "./resolve-run-ref.js";

/** A run read for analysis, with its plan when the folder has a valid one. */
export interface RunInput {
  run: Run;
  plan?: Plan;
  /** The run folder (or the folder of the run.json given). */
  dir: string;
}

/**
 * Reads the run `ref` names, relative to `cwd` when a path, else in `resultsDir`.
 * @throws RUN_NOT_FOUND, SCHEMA_VERSION_UNSUPPORTED, DOCUMENT_INVALID
 */
export async function readRunInput(resultsDir: string, ref: string, cwd: string): Promise<RunInput> {
  const asPath = path.resolve(cwd, ref);
  const isFile = await stat(asPath).then(
    (info) => info.isFile(),
    () => false,
  );
  const dir = isFile ? path.dirname(asPath) : (await resolveRunRef({ resultsDir, ref, cwd })).dir;
  const run = isFile
    ? (await readRunFile(asPath)).run
    : await readRunFile(dir).then(
        (read) => read.run,
        // The store explains a missing run.json (a run still going, or killed) better than a file error.
        (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? readRun(dir) : Promise.reject(error)),
      );
  return { run, plan: await readPlan(dir).catch(() => undefined), dir };
}
