// Reads a run.json (or the run.json of a run folder) from disk through the migration chain. Small on
// purpose: the results store builds on it (journal recovery, latest~N) and re-exports what it needs.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { documentInvalid } from "../errors/catalog.js";
import type { Run } from "../results/run-schema.js";
import { migrateRunWithSteps, type RunMigration, type SchemaVersion } from "./run-migrations.js";

/** A run read from disk. */
export interface RunFile {
  run: Run;
  /** The run.json that was read. */
  file: string;
  /** The schema version on disk. */
  from: SchemaVersion;
  /** Migration steps applied while reading (empty when the file was current). */
  steps: readonly RunMigration[];
}

/** The run.json of `path`: the path itself when it is a file, `<path>/run.json` for a folder. */
export async function toRunFilePath(path: string): Promise<string> {
  const info = await stat(path);
  return info.isDirectory() ? join(path, "run.json") : path;
}

/** Parses JSON text of a document, reporting a syntax error with the file. @throws DOCUMENT_INVALID */
export function parseJsonDocument(text: string, what: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw documentInvalid(what, [{ path: "", message: `is not JSON: ${reason}` }], file);
  }
}

/**
 * Reads and migrates a run.json, or the run.json inside a run folder.
 * @throws ENOENT-based errors from the file system; SCHEMA_VERSION_UNSUPPORTED; DOCUMENT_INVALID
 */
export async function readRunFile(path: string): Promise<RunFile> {
  const file = await toRunFilePath(path);
  const doc = parseJsonDocument(await readFile(file, "utf8"), "run.json", file);
  const { run, from, steps } = migrateRunWithSteps(doc, file);
  return { run, file, from, steps };
}
