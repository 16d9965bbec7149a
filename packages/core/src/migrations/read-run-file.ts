// Reads a run.json (or the run.json of a run folder) from disk through the migration chain. A current
// run.json is streamed and scanned item by item (parsed and validated one at a time), so a 100,000-item
// run costs its validated items in memory, not also the file, a 100 MB string and a raw copy. Items
// are read from the bytes by a reader compiled from ItemResultSchema; any item it does not accept as
// is goes through JSON.parse and zod, which also name what is wrong.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { documentInvalid } from "../errors/catalog.js";
import { type ItemResult, ItemResultSchema } from "../results/item-result.js";
import { RUN_SCHEMA_VERSION, type Run } from "../results/run-schema.js";
import {
  migrateRunWithSteps,
  type RunMigration,
  RunValidator,
  type SchemaVersion,
} from "./run-migrations.js";
import { scanJsonObject } from "./scan-json-object.js";
import { createSchemaJsonReader, type SchemaJsonReader, SLOW_PATH } from "./schema-json-reader.js";

/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 20;

let itemReader: SchemaJsonReader | undefined;

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
  const validator = new RunValidator(file);
  const raw: unknown[] = [];
  let current: boolean | undefined;
  let fields: Record<string, unknown>;
  itemReader ??= createSchemaJsonReader(ItemResultSchema);
  const reader = itemReader;
  try {
    fields = await scanJsonObject(
      createReadStream(file, { highWaterMark: CHUNK_BYTES }),
      "items",
      (item, index, fieldsSoFar) => {
        current ??= fieldsSoFar.schemaVersion === RUN_SCHEMA_VERSION;
        if (current) validator.addItem(item, index);
        else raw.push(item);
      },
      (buffer, at, index, fieldsSoFar) => {
        current ??= fieldsSoFar.schemaVersion === RUN_SCHEMA_VERSION;
        if (!current) return undefined;
        const item = reader.read(buffer, at);
        if (item === SLOW_PATH) return undefined;
        validator.addValidItem(item as ItemResult, index);
        return reader.end;
      },
    );
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // Not a JSON object: let JSON.parse say where, in its words. Anything it accepts goes the long way.
    const doc = parseJsonDocument(await readFile(file, "utf8"), "run.json", file);
    const { run, from, steps } = migrateRunWithSteps(doc, file, { consume: true });
    return { run, file, from, steps };
  }
  if (current && fields.schemaVersion === RUN_SCHEMA_VERSION) {
    const { items: _items, ...rest } = fields;
    return { run: validator.finish(rest), file, from: RUN_SCHEMA_VERSION, steps: [] };
  }
  const doc = current === undefined ? fields : { ...fields, items: current ? validator.items : raw };
  const { run, from, steps } = migrateRunWithSteps(doc, file, { consume: true });
  return { run, file, from, steps };
}
