// `benchloop migrate`: finds the run.json files a path names and upgrades each to the current schema
// (a dry run unless asked to write; each original kept as run.json.bak), reporting every step as text.
import { copyFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { toBenchloopError } from "../errors/benchloop-error.js";
import { argumentInvalid } from "../errors/catalog.js";
import { RUN_SCHEMA_VERSION } from "../results/run-schema.js";
import { writeFileAtomic } from "../store/atomic-write.js";
import { readRunFile } from "./read-run-file.js";

/** What migrating a set of files did. */
export interface MigrateFilesOutcome {
  /** One block of lines per file. */
  text: string;
  /** Files not at the current schema. */
  pending: number;
  /** Files that could not be read or written. */
  failed: number;
}

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

/**
 * The run.json files a path names: itself, its run.json, or the run.json of each folder inside it.
 * @throws ARGUMENT_INVALID when the path does not exist or holds no run.json
 */
export async function findRunFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  const hint = "Give a run.json, a run folder, or a results folder.";
  if (!info) throw argumentInvalid(`migrate ${target}`, "does not exist", hint);
  if (info.isFile()) return [target];
  if (await exists(path.join(target, "run.json"))) return [path.join(target, "run.json")];
  const files: string[] = [];
  for (const name of (await readdir(target)).sort()) {
    const file = path.join(target, name, "run.json");
    if (await exists(file)) files.push(file);
  }
  if (files.length === 0)
    throw argumentInvalid(`migrate ${target}`, "holds no run.json, directly or in its folders", hint);
  return files;
}

/** The lines of one file, and whether it needed migrating. */
async function migrateFile(
  file: string,
  shown: (file: string) => string,
  write: boolean,
): Promise<{ text: string; pending: boolean }> {
  const { run, from, steps } = await readRunFile(file);
  if (steps.length === 0)
    return { text: `✓ ${shown(file)}: current (schemaVersion ${JSON.stringify(from)})\n`, pending: false };
  const s = run.summary;
  let out = `${write ? "→" : "~"} ${shown(file)}: schemaVersion ${JSON.stringify(from)} → ${RUN_SCHEMA_VERSION}\n`;
  for (const step of steps)
    out += `    ${JSON.stringify(step.from)} → ${JSON.stringify(step.to)}: ${step.description}\n`;
  out += `    result: run ${run.runId}, ${s.items} items (✓ ${s.passed} passed · ✗ ${s.failed} failed · ! ${s.error} error · – ${s.skipped} skipped)\n`;
  if (typeof from === "string")
    out +=
      "    tip: `benchloop import plebdev <path>` makes a complete run folder (plan.json, items.jsonl) in the results folder instead\n";
  if (!write) return { text: out, pending: true };
  const backup = `${file}.bak`;
  if (await exists(backup))
    throw argumentInvalid(
      `migrate ${shown(file)}`,
      `a backup ${backup} exists already`,
      "Move it away (it may be the only copy of the original), then run again.",
    );
  await copyFile(file, backup);
  await writeFileAtomic(file, `${JSON.stringify(run, null, 2)}\n`);
  return { text: `${out}    ✓ written; original kept as ${shown(backup)}\n`, pending: true };
}

/**
 * Migrates the run.json files `target` names (see {@link findRunFiles}); with `write`, rewrites them.
 * @param shown how a file is named in the text (e.g. relative to the working folder)
 */
export async function migrateRunFiles(
  target: string,
  options: { write: boolean; shown: (file: string) => string },
): Promise<MigrateFilesOutcome> {
  let text = "";
  let pending = 0;
  let failed = 0;
  for (const file of await findRunFiles(target)) {
    try {
      const migrated = await migrateFile(file, options.shown, options.write);
      text += migrated.text;
      if (migrated.pending) pending++;
    } catch (error) {
      failed++;
      text += `✗ ${options.shown(file)}: ${toBenchloopError(error).toDisplayString()}\n`;
    }
  }
  if (!options.write && pending > 0)
    text += `\nDry run: nothing was written. Run again with --write to migrate ${pending} file${pending === 1 ? "" : "s"} (each original is kept as run.json.bak).\n`;
  return { text, pending, failed };
}
