// Finds, once per process, the strongest isolation this machine allows (Node's permission model,
// `prlimit`, `unshare` namespaces, an unprivileged user) by starting the real runner each way, and
// builds the command line that starts one sandbox process with it.
import { chownSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname } from "node:path";
import {
  cachedDetection,
  findExecutables,
  NOBODY_ID,
  PROBE_LIMITS,
  pathFolders,
  probeLaunch,
  withProbeDir,
} from "./launch-probe.js";
import type { SandboxIsolation, SandboxLimits } from "./sandbox-types.js";

/** Room above the JS heap for Node itself (thread stacks, code, young generation) in RLIMIT_DATA. */
const NATIVE_MEMORY_HEADROOM_MB = 256;
/** Niceness of warm processes while they boot and wait. */
const WARM_NICENESS = 10;

/** What this machine allows, found by {@link detectIsolationSupport}. */
export interface IsolationSupport {
  runnerPath: string;
  permissionFlag: "--permission" | "--experimental-permission" | undefined;
  prlimitPath: string | undefined;
  /**
   * `nice`, found only where benchloop may raise a process's priority again (root): warm processes
   * boot at low priority, so they use idle CPU rather than slow the items running.
   */
  nicePath?: string | undefined;
  /** Arguments for `unshare` (binary first) and the shell that keeps Node from being PID 1. */
  namespace: { prefix: string[]; user: "nobody" | "same" } | undefined;
}

/** How to start one sandbox process. */
export interface LaunchCommand {
  command: string;
  args: string[];
  /** Whether the process's item folder must be handed to the unprivileged user. */
  chownTo: number | undefined;
  isolation: SandboxIsolation;
  /** Whether a shell stands between `unshare` and Node, turning "killed by signal N" into exit code 128+N. */
  viaShell: boolean;
  /** Whether the process starts at low priority (a warm process), to be raised when it takes a job. */
  niced: boolean;
}

const detections = new Map<string, Promise<IsolationSupport>>();

/**
 * Finds the isolation available here, trying each layer with the real runner and an item folder in
 * `tempDir`; cached per runner and folder. Never rejects: a layer that cannot be had is left out.
 */
export function detectIsolationSupport(
  runnerPath: string,
  tempDir: string = tmpdir(),
): Promise<IsolationSupport> {
  return cachedDetection(detections, `${runnerPath}\u0000${tempDir}`, () =>
    withProbeDir(tempDir, "benchloop-sandbox-probe-", (probeDir) => detect(runnerPath, probeDir)),
  );
}

async function detect(runnerPath: string, probeDir: string): Promise<IsolationSupport> {
  const runAsRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (runAsRoot) chownSync(probeDir, NOBODY_ID, NOBODY_ID);
  const plain: IsolationSupport = {
    runnerPath,
    permissionFlag: undefined,
    prlimitPath: undefined,
    namespace: undefined,
  };
  const flags = ["--permission", "--experimental-permission"] as const;
  const flagWorks = await Promise.all(
    flags.map((flag) => probe(buildLaunch({ ...plain, permissionFlag: flag }, probeDir, PROBE_LIMITS))),
  );
  const permissionFlag = flags.find((_, index) => flagWorks[index]);
  const prlimitPath = findExecutable("prlimit");
  const unsharePath = findExecutable("unshare");
  const shellPath = findExecutable("sh");
  const base: IsolationSupport = {
    runnerPath,
    permissionFlag,
    prlimitPath: undefined,
    namespace: undefined,
  };
  const withPrlimit: IsolationSupport = { ...base, prlimitPath };
  const namespaceCandidates: Array<IsolationSupport["namespace"]> = [];
  if (unsharePath && shellPath) {
    const shell = [shellPath, "-c", '"$@"; exit $?', "sh"];
    const common = ["--net", "--pid", "--fork", "--kill-child"];
    if (runAsRoot) {
      namespaceCandidates.push({
        prefix: [
          unsharePath,
          ...common,
          "--setuid",
          String(NOBODY_ID),
          "--setgid",
          String(NOBODY_ID),
          ...shell,
        ],
        user: "nobody",
      });
    }
    namespaceCandidates.push({
      prefix: [unsharePath, "--map-root-user", ...common, ...shell],
      user: "same",
    });
  }
  const [prlimitWorks, ...namespaceWorks] = await Promise.all([
    prlimitPath ? probe(buildLaunch(withPrlimit, probeDir, PROBE_LIMITS)) : Promise.resolve(false),
    ...namespaceCandidates.map((namespace) =>
      probe(buildLaunch({ ...base, prlimitPath: undefined, namespace }, probeDir, PROBE_LIMITS)),
    ),
  ]);
  const namespace = namespaceCandidates.find((_, index) => namespaceWorks[index]);
  const nicePath = runAsRoot ? findExecutable("nice") : undefined;
  const support: IsolationSupport = {
    nicePath,
    ...base,
    prlimitPath: prlimitWorks ? prlimitPath : undefined,
    namespace,
  };
  if (
    support.prlimitPath &&
    support.namespace &&
    !(await probe(buildLaunch(support, probeDir, PROBE_LIMITS)))
  ) {
    support.prlimitPath = undefined;
  }
  return support;
}

/** Starts the runner with an empty job; it exits 0 at once when it could start at all. */
function probe(launch: LaunchCommand): Promise<boolean> {
  return probeLaunch([launch.command, ...launch.args], { cwd: tmpdir(), runnerPipes: true });
}

/** The command line that starts one sandbox process for an item folder. */
export function buildLaunch(
  support: IsolationSupport,
  itemDir: string,
  limits: SandboxLimits,
  options: { warm?: boolean } = {},
): LaunchCommand {
  const nodeArgs = [process.execPath, "--no-warnings", `--max-old-space-size=${Math.ceil(limits.memoryMb)}`];
  if (support.permissionFlag) {
    // Node 20 aborts when one path is allowed twice, so the list is deduplicated.
    const readable = [...new Set([dirname(support.runnerPath), itemDir])];
    nodeArgs.push(
      support.permissionFlag,
      ...readable.map((folder) => `--allow-fs-read=${folder}`),
      `--allow-fs-write=${itemDir}`,
    );
  }
  nodeArgs.push(support.runnerPath);
  // Tells the runner the kernel already cuts the network, so its own guard can wait (see the runner).
  if (support.namespace) nodeArgs.push("--network-namespace");
  const prefix: string[] = [];
  const niced = options.warm === true && support.nicePath !== undefined;
  if (niced) prefix.push(support.nicePath as string, `-n`, String(WARM_NICENESS));
  if (support.prlimitPath) {
    const cpuSeconds = Math.max(1, Math.ceil(limits.cpuMs / 1000));
    const dataBytes = Math.ceil(limits.memoryMb + NATIVE_MEMORY_HEADROOM_MB) * 1024 * 1024;
    prefix.push(
      support.prlimitPath,
      `--cpu=${cpuSeconds}:${cpuSeconds + 1}`,
      `--data=${dataBytes}`,
      "--core=0",
    );
  }
  if (support.namespace) prefix.push(...support.namespace.prefix);
  const [command, ...args] = [...prefix, ...nodeArgs] as [string, ...string[]];
  return {
    command,
    args,
    chownTo: support.namespace?.user === "nobody" ? NOBODY_ID : undefined,
    viaShell: support.namespace !== undefined,
    niced,
    isolation: {
      network: support.namespace ? "namespace" : "none",
      filesystem: support.permissionFlag ? "permission-model" : "none",
      processes: support.namespace ? "namespace" : "none",
      user: support.namespace?.user === "nobody" ? "nobody" : "same",
      resourceLimits: support.prlimitPath ? "rlimit" : "none",
    },
  };
}

/** The full path of a program on PATH or in the usual system folders, if it is there. */
function findExecutable(name: string): string | undefined {
  return findExecutables(name, [...pathFolders(), "/usr/bin", "/bin", "/usr/sbin", "/sbin"])[0];
}
