import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isProcessAlive } from "./process-alive.js";
import { createRunStore } from "./run-store.js";

/**
 * A zombie: `sh` starts a short `sleep` in the background, prints its pid and becomes `sleep`, which never
 * reaps it. Returns the zombie's pid and a function that ends the sleeper (and so the zombie).
 */
async function makeZombie(): Promise<{ pid: number; end: () => void }> {
  const parent = spawn("sh", ["-c", "sleep 0.2 & echo $!; exec sleep 30"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [chunk] = (await once(parent.stdout!, "data")) as [Buffer];
  const pid = Number(chunk.toString().trim());
  // wait until the background job has exited (it is then a zombie of the long `sleep`)
  for (let i = 0; i < 300 && isProcessAlive(pid); i++) await new Promise((r) => setTimeout(r, 10));
  return { pid, end: () => parent.kill("SIGKILL") };
}

describe.runIf(process.platform === "linux")("isProcessAlive", () => {
  it("is true for this process and false for a process that is gone", async () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    const child = spawn("true");
    await once(child, "exit");
    expect(isProcessAlive(child.pid!)).toBe(false);
  });

  it("treats a zombie as dead", async () => {
    const zombie = await makeZombie();
    try {
      expect(() => process.kill(zombie.pid, 0)).not.toThrow();
      expect(isProcessAlive(zombie.pid)).toBe(false);
    } finally {
      zombie.end();
    }
  });

  it("lets a run be resumed when the process named by its lock is a zombie", async () => {
    const resultsDir = await mkdtemp(path.join(tmpdir(), "benchloop-zombie-"));
    const zombie = await makeZombie();
    try {
      const store = createRunStore({ resultsDir, runId: "20260101T000000Z-abcdef" });
      await mkdir(store.dir, { recursive: true });
      await writeFile(path.join(store.dir, ".lock"), String(zombie.pid));
      const release = store.lock();
      release();
    } finally {
      zombie.end();
      await rm(resultsDir, { recursive: true, force: true });
    }
  });
});
