// Artifacts: large blobs of one item (raw transcripts, extracted code, scorer logs) written beside the
// run under `artifacts/<sanitised item key>/<name>`, so run.json stays small.
import { mkdirSync, writeFileSync } from "node:fs";
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

/**
 * Creates the artifact writer of one item of a run. Writes are synchronous (artifacts are small, and
 * a harness usually writes one before it returns its answer: going through the thread pool would keep
 * the item's generation slot several event-loop turns longer).
 */
export function createArtifactWriter(runDir: string, itemKey: string): ArtifactWriter {
  // Named on first write: most items write no artifact, and naming costs a hash.
  let folder: string | undefined;
  let made = false;
  return {
    async write(name, content) {
      folder ??= path.join(ARTIFACTS_DIR, artifactFolderName(itemKey));
      if (!made) {
        mkdirSync(path.join(runDir, folder), { recursive: true });
        made = true;
      }
      const relative = path.join(folder, sanitise(path.basename(name)));
      writeFileSync(path.join(runDir, relative), content);
      return relative.split(path.sep).join("/");
    },
  };
}
