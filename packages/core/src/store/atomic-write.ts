// Writes a file so that readers see either the old content or the new, never a part: write a temp file
// beside it, flush it to disk, then rename it over the target.

import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";

let counter = 0;

/** A temp name beside `file`, unique in this process (pid) and among its writes (counter). @internal */
export function tempPath(file: string): string {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `${file}.${process.pid}.${counter}.tmp`;
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
 * Writes a run.json atomically, item by item (never the whole document as one string, so a run of
 * 10,000 items costs little memory): the run's fields indented, then `items` with one item per line
 * (compact: a tenth of the size of indented items, and one line per item diffs well).
 */
export function writeRunFile(file: string, run: { items: readonly unknown[] }): void {
  const temp = tempPath(file);
  const fd = openSync(temp, "w");
  const put = (text: string) => {
    const bytes = Buffer.from(text);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  };
  try {
    const { items, ...rest } = run;
    const head = JSON.stringify(rest, null, 2);
    put(head.length > 2 ? `${head.slice(0, -2)},\n  "items": [` : `{\n  "items": [`);
    // Items are written in chunks of about 64 KB: few system calls, little memory.
    let chunk = "";
    for (let i = 0; i < items.length; i++) {
      chunk += `${i === 0 ? "\n" : ",\n"}    ${JSON.stringify(items[i])}`;
      if (chunk.length > 65_536) {
        put(chunk);
        chunk = "";
      }
    }
    put(`${chunk}${items.length > 0 ? "\n  ]\n}\n" : "]\n}\n"}`);
    fsyncSync(fd);
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
