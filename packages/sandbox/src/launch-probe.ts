// What the Node runner's isolation detection (isolation.ts) and the Python runtime's
// (python/python-launch.ts) share: starting a candidate command line once to see whether it can run
// here, in a throwaway probe folder, with each detection cached per key, and finding programs on disk.
import { spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";
import type { SandboxLimits } from "./sandbox-types.js";

/** The user sandbox processes run as when benchloop runs as root. */
export const NOBODY_ID = 65534;

/** How long one probe may take before it counts as failed, in ms. */
export const PROBE_TIMEOUT_MS = 10_000;

/** The limits a probe's command line is built with. */
export const PROBE_LIMITS: SandboxLimits = {
  wallMs: PROBE_TIMEOUT_MS,
  cpuMs: 5_000,
  checkTimeoutMs: 1_000,
  memoryMb: 128,
  outputBytes: 10_000,
};

/** Options of {@link probeLaunch}. */
export interface ProbeOptions {
  /** Working folder of the probe. */
  cwd: string;
  /** Give the process a stdin pipe (closed at once) and a pipe on fd 3, as the Node runner expects. */
  runnerPipes?: boolean;
}

/**
 * Starts `argv` with an empty environment and resolves true when it exits 0 within
 * {@link PROBE_TIMEOUT_MS}; false when it cannot start, fails or times out. Never rejects.
 */
export function probeLaunch(argv: readonly string[], options: ProbeOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const [command, ...args] = argv as [string, ...string[]];
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: {},
      stdio: options.runnerPipes ? ["pipe", "ignore", "ignore", "pipe"] : "ignore",
      timeout: PROBE_TIMEOUT_MS,
    });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
    child.stdin?.end();
  });
}

/** Runs `detect` with a fresh folder under `tempDir` (named `prefix…`), removed afterwards. */
export async function withProbeDir<T>(
  tempDir: string,
  prefix: string,
  detect: (probeDir: string) => Promise<T>,
): Promise<T> {
  const probeDir = mkdtempSync(join(tempDir, prefix));
  try {
    return await detect(probeDir);
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}

/** The detection cached under `key` in `cache`, started with `detect` the first time. */
export function cachedDetection<T>(
  cache: Map<string, Promise<T>>,
  key: string,
  detect: () => Promise<T>,
): Promise<T> {
  let detection = cache.get(key);
  if (!detection) {
    detection = detect();
    cache.set(key, detection);
  }
  return detection;
}

/** Every executable `name` in `folders` (empty entries skipped), in order, each path once. */
export function findExecutables(name: string, folders: readonly string[]): string[] {
  const found: string[] = [];
  for (const folder of folders) {
    if (!folder) continue;
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (!found.includes(candidate)) found.push(candidate);
    } catch {
      // Not in this folder.
    }
  }
  return found;
}

/** The folders on PATH. */
export function pathFolders(): string[] {
  return (process.env.PATH ?? "").split(delimiter);
}
