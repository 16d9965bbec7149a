import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimSandboxTempDir, removeStaleSandboxDirs } from "./sandbox-temp-dir.js";

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), "benchloop-sandbox-base-"));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn("true");
  await once(child, "exit");
  return child.pid!;
}

/** A sandbox folder as a run with `pid` leaves it: a per-item folder with a file in it. */
function leftBy(pid: number): string {
  const dir = path.join(base, `benchloop-run-${pid}`);
  mkdirSync(path.join(dir, "benchloop-sandbox-abc123"), { recursive: true });
  writeFileSync(path.join(dir, "benchloop-sandbox-abc123", "answer.ts"), "export {}\n");
  return dir;
}

describe("sandbox temp folders", () => {
  it("the folders of a killed run are removed; those of a running process are kept", async () => {
    const killed = leftBy(await deadPid());
    const running = leftBy(process.ppid);
    const other = path.join(base, "someone-else");
    mkdirSync(other);
    expect(removeStaleSandboxDirs(base)).toEqual([killed]);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });

  it("claiming this process's folder removes stale ones first and returns the same folder each time", async () => {
    const killed = leftBy(await deadPid());
    const dir = claimSandboxTempDir(base);
    expect(dir).toBe(path.join(base, `benchloop-run-${process.pid}`));
    expect(existsSync(dir)).toBe(true);
    expect(existsSync(killed)).toBe(false);
    expect(claimSandboxTempDir(base)).toBe(dir);
  });
});
