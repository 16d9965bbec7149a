// Whether a process id still belongs to a running process. A zombie (killed, not yet reaped by its
// parent) answers signal 0 like a live process, but it will never write again: it counts as dead.
import { readFileSync } from "node:fs";

/** The state letter of `/proc/<pid>/stat` (Linux), or undefined where there is no /proc. */
function procState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "<pid> (<command, which may hold spaces and parentheses>) <state> …"
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch {
    return undefined;
  }
}

/** True when `pid` is a running process (of any user); false when it is gone or a zombie. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const state = procState(pid);
  return state !== "Z" && state !== "X";
}
