// Opening a file in the user's browser (`benchloop report --open`): $BROWSER, else the platform's
// opener (open, explorer, xdg-open on PATH); when none is there, says why.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** A command found on PATH (an executable file), or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here: look in the next folder
    }
  }
  return undefined;
}

/** The command that opens a file in the browser here, or why there is none. */
export function findBrowserOpener(): { command: string } | { missing: string } {
  if (process.env.BROWSER) return { command: process.env.BROWSER };
  if (process.platform === "darwin") return { command: "open" };
  if (process.platform === "win32") return { command: "explorer" };
  const found = onPath("xdg-open");
  return found
    ? { command: found }
    : { missing: "no $BROWSER is set and xdg-open is not on PATH (install xdg-utils, or set BROWSER)" };
}

/**
 * Opens `file` in the browser, detached. Returns the opener's name, or why it could not; `onError` hears
 * of an opener that fails to start.
 */
export function openInBrowser(
  file: string,
  onError: (why: string) => void,
): { opener: string } | { missing: string } {
  const found = findBrowserOpener();
  if ("missing" in found) return found;
  const child = spawn(found.command, [file], { detached: true, stdio: "ignore" });
  child.on("error", (error) => onError(`${found.command} failed (${error.message})`));
  child.unref();
  return { opener: path.basename(found.command) };
}
