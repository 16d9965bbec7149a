// Makes folders read-only for one agent process where the machine allows it: the agent starts inside
// its own user and mount namespace (`unshare --map-root-user --mount`) with those folders bind-mounted
// read-only, so it cannot write into the user's project even by absolute path.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, isAbsolute, join, relative } from "node:path";

/** How the agent's file system was limited. */
export type FolderProtection = "read-only-mount" | "none";

const support = new Map<string, string | null>();

/**
 * The `unshare` binary when these folders can be made read-only here (tried once per folder list and
 * process, with the real folders), else null.
 */
export function findReadOnlyMountSupport(folders: readonly string[]): string | null {
  const key = folders.join("\u0000");
  const known = support.get(key);
  if (known !== undefined) return known;
  let found: string | null = null;
  const searched = [...(process.env.PATH ?? "").split(delimiter), "/usr/bin", "/bin"];
  for (const folder of searched) {
    const candidate = join(folder, "unshare");
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    const probe = spawnSync(
      candidate,
      [
        "--map-root-user",
        "--mount",
        "sh",
        "-c",
        MOUNT_SCRIPT,
        "sh",
        String(folders.length),
        ...folders,
        "true",
      ],
      { timeout: 5_000, stdio: "ignore" },
    );
    if (probe.status === 0) found = candidate;
    break;
  }
  support.set(key, found);
  return found;
}

const MOUNT_SCRIPT =
  'n=$1; shift; while [ "$n" -gt 0 ]; do mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 125; shift; n=$((n-1)); done; exec "$@"';

/**
 * Wraps a command so that `folders` are read-only for it, leaving out folders that contain
 * `writableRoot` (the item's own workspace). Returns the command unchanged with protection "none"
 * when the machine does not allow it.
 */
export function protectFolders(
  command: string,
  args: readonly string[],
  folders: readonly string[],
  writableRoot: string,
): { command: string; args: string[]; protection: FolderProtection } {
  const kept = folders.filter((folder) => {
    const inside = relative(folder, writableRoot);
    return !(inside === "" || (!inside.startsWith("..") && !isAbsolute(inside)));
  });
  const unshare = kept.length > 0 ? findReadOnlyMountSupport(kept) : null;
  if (!unshare) return { command, args: [...args], protection: "none" };
  return {
    command: unshare,
    args: [
      "--map-root-user",
      "--mount",
      "sh",
      "-c",
      MOUNT_SCRIPT,
      "sh",
      String(kept.length),
      ...kept,
      command,
      ...args,
    ],
    protection: "read-only-mount",
  };
}
