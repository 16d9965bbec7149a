// Artifacts: large blobs of one item (raw transcripts, extracted code, scorer logs) written beside the
// run under `artifacts/<sanitised item key>/<name>`, so run.json stays small.
import { mkdir, writeFile } from "node:fs/promises";
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

/** Creates the artifact writer of one item of a run. */
export function createArtifactWriter(runDir: string, itemKey: string): ArtifactWriter {
  // Named on first write: most items write no artifact, and naming costs a hash.
  let folder: string | undefined;
  let made: Promise<unknown> | undefined;
  return {
    async write(name, content) {
      folder ??= path.join(ARTIFACTS_DIR, artifactFolderName(itemKey));
      made ??= mkdir(path.join(runDir, folder), { recursive: true });
      await made;
      const relative = path.join(folder, sanitise(path.basename(name)));
      await writeFile(path.join(runDir, relative), content);
      return relative.split(path.sep).join("/");
    },
  };
}
