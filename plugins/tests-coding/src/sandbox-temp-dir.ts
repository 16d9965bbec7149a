// Where the code scorer's sandbox keeps its per-item folders: `<tmp>/benchloop-run-<pid>/`, one folder
// per benchloop process. A run killed with SIGKILL cannot remove its folders; the next run that scores
// code removes every such folder whose process is gone (or a zombie).
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isProcessAlive } from "@benchloop/core";

const PREFIX = "benchloop-run-";
const claimed = new Map<string, string>();

/** Removes the `benchloop-run-<pid>` folders under `base` whose process is no longer running. */
export function removeStaleSandboxDirs(base: string = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue;
    const pid = Number(name.slice(PREFIX.length));
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isProcessAlive(pid)) continue;
    const dir = path.join(base, name);
    try {
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // another user's folder, or one being removed by another run: left alone
    }
  }
  return removed;
}

/**
 * This process's sandbox folder under `base` (created once, removed when the process exits), after
 * removing the folders of runs that were killed.
 */
export function claimSandboxTempDir(base: string = tmpdir()): string {
  const known = claimed.get(base);
  if (known) return known;
  removeStaleSandboxDirs(base);
  const dir = path.join(base, `${PREFIX}${process.pid}`);
  // 0711: a sandbox that runs as another user can reach its own folder inside, and list nothing.
  mkdirSync(dir, { recursive: true, mode: 0o711 });
  claimed.set(base, dir);
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
