// Reads the documents of a run folder: run.json through the migration chain, plan.json validated.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { BenchloopError } from "../errors/benchloop-error.js";
import { documentInvalid, schemaVersionUnsupported } from "../errors/catalog.js";
import { toValidationIssues } from "../errors/zod-issues.js";
import { readRunFile } from "../migrations/read-run-file.js";
import { PLAN_SCHEMA_VERSION, type Plan, PlanSchema } from "../plan/plan-schema.js";
import type { Run } from "../results/run-schema.js";

/** The plan file name inside a run folder. */
export const PLAN_FILE = "plan.json";
/** The run file name inside a run folder. */
export const RUN_FILE = "run.json";

async function readJson(file: string, what: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw documentInvalid(
      what,
      [{ path: "", message: `is not JSON: ${error instanceof Error ? error.message : String(error)}` }],
      file,
    );
  }
}

async function toFile(target: string, name: string): Promise<string> {
  const info = await stat(target).catch(() => undefined);
  return info?.isDirectory() ? path.join(target, name) : target;
}

function notWritten(file: string, dir: string): BenchloopError {
  const runId = path.basename(dir);
  return new BenchloopError({
    code: "RUN_NOT_FOUND",
    message: `${file} does not exist: run ${runId} has not finished (it is still running, or its process was killed).`,
    hint: `Finish it with \`benchloop run --resume ${runId}\`.`,
    location: { file },
    details: { reference: dir },
  });
}

/**
 * Reads a run: `<dir>/run.json` (or a run.json path), migrated from any older schema version and
 * validated.
 * @throws RUN_NOT_FOUND when the run has no run.json yet; SCHEMA_VERSION_UNSUPPORTED; DOCUMENT_INVALID
 */
export async function readRun(dir: string): Promise<Run> {
  const file = await toFile(dir, RUN_FILE);
  try {
    // Item by item, as every reader of large runs does (see readRunFile).
    return (await readRunFile(file)).run;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw notWritten(file, path.dirname(file));
    throw error;
  }
}

/**
 * Reads and validates a run's plan.json.
 * @throws RUN_NOT_FOUND when missing; SCHEMA_VERSION_UNSUPPORTED; DOCUMENT_INVALID
 */
export async function readPlan(dir: string): Promise<Plan> {
  const file = await toFile(dir, PLAN_FILE);
  let doc: unknown;
  try {
    doc = await readJson(file, "plan.json");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new BenchloopError({
        code: "RUN_NOT_FOUND",
        message: `${file} does not exist, so this folder is not a benchloop run.`,
        hint: "Use a run id from `benchloop runs`, or the path of a run folder.",
        location: { file },
      });
    }
    throw error;
  }
  const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === "number" && version > PLAN_SCHEMA_VERSION) {
    throw schemaVersionUnsupported("plan.json", version, PLAN_SCHEMA_VERSION, file);
  }
  const parsed = PlanSchema.safeParse(doc);
  if (!parsed.success) throw documentInvalid("plan.json", toValidationIssues(parsed.error), file);
  return parsed.data;
}
