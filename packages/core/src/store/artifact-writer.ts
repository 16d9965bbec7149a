// Artifacts: large blobs of one item (raw transcripts, extracted code, scorer logs) written beside the
// run under `artifacts/<sanitised item key>/<name>`, so run.json stays small.
import { writeFile } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../plan/canonical-json.js";
import type { ArtifactWriter } from "../plugin/services.js";

/** The artifacts folder name inside a run folder. */
export const ARTIFACTS_DIR = "artifacts";

function sanitise(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .replace(/^[._]+/, "")
      .slice(0, 120) || "_"
  );
}

/**
 * The folder name of an item's artifacts: the key with unsafe characters replaced, plus 8 hex digits
 * of its hash so two keys that sanitise alike never share a folder.
 */
export function artifactFolderName(itemKey: string): string {
  return `${sanitise(itemKey)}-${sha256(itemKey).slice(0, 8)}`;
}

/** The artifact writer of one item of a run, whose writes go behind. */
export interface ItemArtifactWriter extends ArtifactWriter {
  /**
   * Resolves when every write asked for so far is on disk; rejects with the first that failed (its
   * `artifact` names it). The kernel waits for it before it records the item.
   */
  settled(): Promise<void>;
}

/**
 * Creates the artifact writer of one item of a run. `write` answers with the artifact's path at once
 * and writes behind, in order: a harness that keeps its transcript frees its generation slot without
 * waiting for the disk, and the item's journal line still comes only after its artifacts are written.
 */
export function createArtifactWriter(runDir: string, itemKey: string): ItemArtifactWriter {
  // Named on first write: most items write no artifact, and naming costs a hash.
  let folder: string | undefined;
  let writes: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  return {
    async write(name, content) {
      if (folder === undefined) {
        folder = path.join(ARTIFACTS_DIR, artifactFolderName(itemKey));
        const dir = path.join(runDir, folder);
        writes = mkdir(dir, { recursive: true }).then(() => undefined);
      }
      const relative = path.join(folder, sanitise(path.basename(name)));
      const file = path.join(runDir, relative);
      // A caller may reuse its buffer once `write` has answered.
      const bytes = typeof content === "string" ? content : Buffer.from(content);
      writes = writes.then(
        () =>
          new Promise<void>((resolve) =>
            writeFile(file, bytes, (error) => {
              if (error) failure ??= { error: Object.assign(error, { artifact: relative }) };
              resolve();
            }),
          ),
        (error: unknown) => {
          failure ??= { error };
        },
      );
      return relative.split(path.sep).join("/");
    },
    async settled() {
      await writes;
      if (failure) throw failure.error;
    },
  };
}
