// Collects the facts of the machine, the software and the working folder a run happens on, for
// plan.json. Best effort: a missing git or an odd platform leaves a field out, never fails a run.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import type { Config } from "../config/config-schema.js";
import { hashCanonical } from "../plan/canonical-json.js";
import type { ProbeResult } from "../plugin/contracts.js";
import type { Environment } from "./environment.js";

/** Options of {@link collectEnvironment}. */
export interface CollectEnvironmentOptions {
  /** Working folder; its git commit and dirty flag are recorded when it is a git work tree. */
  cwd: string;
  /** The resolved config; its canonical hash is recorded. */
  config: Config;
  /** What each harness's probe found, by harness id. */
  probes?: Readonly<Record<string, ProbeResult>>;
}

let coreVersion: string | undefined;

/** The version of @benchloop/core (read once from its package.json, from src or dist alike). */
export function benchloopVersion(): string {
  if (coreVersion === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
        version?: string;
      };
      coreVersion = pkg.version ?? "0.0.0";
    } catch {
      coreVersion = "0.0.0";
    }
  }
  return coreVersion;
}

function git(args: string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, timeout: 5_000, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}

/** The git commit of a folder and whether its work tree has changes, or undefined outside git. */
export async function readGitState(cwd: string): Promise<Environment["git"]> {
  const commit = (await git(["rev-parse", "HEAD"], cwd))?.trim();
  if (!commit) return undefined;
  const status = await git(["status", "--porcelain", "--untracked-files=no"], cwd);
  return { commit, dirty: status === undefined ? true : status.trim().length > 0 };
}

/** Collects the environment of a run. Never throws. */
export async function collectEnvironment(options: CollectEnvironmentOptions): Promise<Environment> {
  return startCollectingEnvironment(options)(options.probes);
}

/**
 * Starts collecting the environment of a run (git is asked at once); the returned function completes
 * it with the probes once they are known. Never throws.
 * @internal
 */
export function startCollectingEnvironment(
  options: Omit<CollectEnvironmentOptions, "probes">,
): (probes?: Readonly<Record<string, ProbeResult>>) => Promise<Environment> {
  const gitState = readGitState(options.cwd);
  return async (probes) => environmentOf(options, probes, await gitState);
}

function environmentOf(
  options: Omit<CollectEnvironmentOptions, "probes">,
  probes: Readonly<Record<string, ProbeResult>> | undefined,
  git: Environment["git"],
): Environment {
  const cpus = os.cpus();
  const backends = Object.entries(probes ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([harness, probe]) => ({
      harness,
      available: probe.available,
      ...(probe.version ? { version: probe.version } : {}),
      ...(probe.reason ? { reason: probe.reason } : {}),
    }));
  return {
    os: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    cpu: { model: cpus[0]?.model.trim() ?? "unknown", cores: cpus.length },
    memoryBytes: os.totalmem(),
    node: process.version,
    benchloop: benchloopVersion(),
    ...(git ? { git } : {}),
    configHash: hashCanonical(options.config),
    backends,
  };
}
