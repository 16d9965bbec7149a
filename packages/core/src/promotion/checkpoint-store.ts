// Where checkpoints and rollback records live and how they are written: a new file is created whole
// (temp file + hard link, never overwriting another), later updates replace it atomically.
import { link, mkdir, open, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { schemaVersionUnsupported } from "../errors/catalog.js";
import { formatPath } from "../errors/zod-issues.js";
import { tempPath, writeFileAtomic } from "../store/atomic-write.js";
import {
  CHECKPOINT_SCHEMA_VERSION,
  type Checkpoint,
  CheckpointSchema,
  type RollbackRecord,
  RollbackRecordSchema,
} from "./checkpoint-schema.js";
import { checkpointInvalid } from "./promotion-errors.js";

/** The folder of checkpoints inside a results folder. */
export const CHECKPOINTS_DIR = "checkpoints";

/** A UTC stamp for file names: `20250102T030405Z`. */
export function toFileStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");
}

/** A short, file-name-safe slug of a target uri: `file:/a/b/models.yaml` → `models-yaml`. */
export function toTargetSlug(uri: string): string {
  let base = uri;
  if (uri.startsWith("file:")) base = path.basename(uri.slice("file:".length));
  else {
    try {
      const url = new URL(uri);
      base = `${url.host}${url.pathname}`;
    } catch {
      // Not a URL: slug the text as written.
    }
  }
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "target";
}

/**
 * Creates `<dir>/<name>.json` holding `document`, never replacing an existing file: when the name is
 * taken, `-2`, `-3` … is appended. The file appears whole or not at all. Returns its path.
 */
export async function createDocumentFile(dir: string, name: string, document: unknown): Promise<string> {
  await mkdir(dir, { recursive: true });
  const content = `${JSON.stringify(document, null, 2)}\n`;
  for (let attempt = 1; ; attempt++) {
    const file = path.join(dir, `${name}${attempt === 1 ? "" : `-${attempt}`}.json`);
    const temp = tempPath(file);
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temp, file);
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }
}

/** Replaces a checkpoint or record file atomically with `document`. */
export async function updateDocumentFile(file: string, document: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(document, null, 2)}\n`);
}

async function readDocument<T>(file: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw checkpointInvalid(
      file,
      code === "ENOENT" ? "the file does not exist" : `it is not readable JSON (${(error as Error).message})`,
    );
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === "number" && version > CHECKPOINT_SCHEMA_VERSION)
    throw schemaVersionUnsupported(what, version, CHECKPOINT_SCHEMA_VERSION, file);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `field \`${formatPath(issue.path)}\`` : "top level";
    throw checkpointInvalid(file, `it is not a ${what} (${where}: ${issue?.message ?? "invalid"})`);
  }
  return parsed.data;
}

/**
 * Reads and validates a checkpoint file.
 * @throws CHECKPOINT_INVALID (missing, unreadable, wrong shape), SCHEMA_VERSION_UNSUPPORTED
 */
export function readCheckpoint(file: string): Promise<Checkpoint> {
  return readDocument(file, CheckpointSchema, "checkpoint");
}

/**
 * Reads and validates a rollback record file.
 * @throws CHECKPOINT_INVALID, SCHEMA_VERSION_UNSUPPORTED
 */
export function readRollbackRecord(file: string): Promise<RollbackRecord> {
  return readDocument(file, RollbackRecordSchema, "rollback record");
}
