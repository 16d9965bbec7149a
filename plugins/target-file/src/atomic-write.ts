// Replaces a file so readers see the old content or the new, never a part (temp file beside it, flush,
// rename), keeping the file's permission bits.
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";

/** Atomically replaces `file` with `content`; `mode` sets the permission bits (default 0666 less umask). */
export async function replaceFile(file: string, content: string, mode?: number): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const handle = await open(temp, "wx", mode ?? 0o666);
  try {
    await handle.writeFile(content);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
    await handle.close();
    await rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
