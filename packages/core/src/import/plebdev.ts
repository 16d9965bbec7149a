// `benchloop import plebdev`: turns a plebdev-bench run (its run.json, or its folder) into a new
// benchloop run folder in the results folder, with provenance, through the run.json migration chain.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { writeDerivedRun } from "../derived-runs/derived-run.js";
import { benchloopVersion } from "../environment/collect-environment.js";
import { argumentInvalid } from "../errors/catalog.js";
import { parseJsonDocument, toRunFilePath } from "../migrations/read-run-file.js";
import { migrateRunWithSteps } from "../migrations/run-migrations.js";
import type { Plan } from "../plan/plan-schema.js";
import type { Run } from "../results/run-schema.js";
import { createRunStore } from "../store/run-store.js";
import { toImportedPlan } from "./imported-plan.js";
import { PLEBDEV_TOOL } from "./plebdev-run.js";
import { PLEBDEV_SCHEMA_VERSION, PlebdevPlanSchema } from "./plebdev-schema.js";
import { claimRunFolder } from "./write-run-folder.js";

/** Options of {@link importPlebdevRun}. */
export interface ImportPlebdevRunOptions {
  /** A plebdev-bench run.json, or the run folder holding it (its plan.json is read when present). */
  source: string;
  /** Where the new run folder is created. */
  resultsDir: string;
}

/** What an import made. */
export interface ImportedRun {
  run: Run;
  plan: Plan;
  /** The new run folder. */
  dir: string;
}

async function readPlebdevPlan(runFile: string) {
  try {
    const doc = JSON.parse(await readFile(join(dirname(runFile), "plan.json"), "utf8")) as unknown;
    const parsed = PlebdevPlanSchema.safeParse(doc);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // The plan is optional: the run alone has everything results need.
  }
}

/**
 * Imports a plebdev-bench 0.1.0 run as a new benchloop run folder `<resultsDir>/<new run id>/`.
 * @throws ARGUMENT_INVALID when the file is not a plebdev-bench run or was imported already;
 * SCHEMA_VERSION_UNSUPPORTED, DOCUMENT_INVALID from the migration chain
 */
export async function importPlebdevRun(options: ImportPlebdevRunOptions): Promise<ImportedRun> {
  const file = await toRunFilePath(options.source).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
    throw argumentInvalid(
      `import plebdev ${options.source}`,
      `${options.source} does not exist`,
      "Give the path of a plebdev-bench run.json, or of the run folder that holds it.",
    );
  });
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT" && error.code !== "EISDIR") throw error;
    throw argumentInvalid(
      `import plebdev ${options.source}`,
      `there is no ${file}; the folder holds no plebdev-bench run`,
      "Give the folder of one plebdev-bench run (it holds run.json and plan.json), or its run.json.",
    );
  });
  const doc = parseJsonDocument(text, "plebdev-bench run.json", file);
  const version = (doc as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== PLEBDEV_SCHEMA_VERSION && typeof version === "number") {
    throw argumentInvalid(
      `import plebdev ${options.source}`,
      `${file} is a benchloop run (schemaVersion ${version}), not a plebdev-bench run`,
      "Copy the folder into the results folder instead, or read it directly: `benchloop show <path>`.",
    );
  }
  const { run } = migrateRunWithSteps(doc, file);
  const plebdevPlan = await readPlebdevPlan(file);
  const bun = plebdevPlan?.environment?.bunVersion;
  const plan = toImportedPlan(run, {
    tool: PLEBDEV_TOOL,
    platform: plebdevPlan?.environment?.platform,
    runtime: bun ? `bun ${bun}` : undefined,
    config: plebdevPlan?.config,
    benchloopVersion: benchloopVersion(),
  });
  const store = createRunStore({ resultsDir: options.resultsDir, runId: run.runId });
  const dir = store.dir;
  try {
    await claimRunFolder(store);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw argumentInvalid(
        `import plebdev ${options.source}`,
        `this run was imported already as ${run.runId} (${dir})`,
        `Use \`benchloop show ${run.runId}\`, or delete that folder to import it again.`,
      );
    }
    throw error;
  }
  await writeDerivedRun(store, { plan, run });
  return { run, plan, dir };
}
