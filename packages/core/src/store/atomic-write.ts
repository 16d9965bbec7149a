// Writes a file so that readers see either the old content or the new, never a part: write a temp file
// beside it, flush it to disk, then rename it over the target.
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";

function tempPath(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
}

/** Atomically replaces `file` with `content` (temp file + fsync + rename). */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const temp = tempPath(file);
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Synchronous atomic replace without fsync: for small entries (cache) where a crash may lose the entry
 * but must never leave a half-written one.
 */
export function writeFileAtomicSync(
  file: string,
  content: string | Uint8Array,
  options: { fsync?: boolean } = {},
): void {
  const temp = tempPath(file);
  const fd = openSync(temp, "w");
  try {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    if (options.fsync) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {}
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
}
