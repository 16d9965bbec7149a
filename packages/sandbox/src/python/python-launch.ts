// Finds, once per process, a python3 that can run inside the sandbox this machine allows (the same
// `prlimit`, `unshare` namespaces and unprivileged user as the Node runner), and builds the command
// lines of the trusted checker and of the isolated host that holds the answer's module.
import { chownSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import type { IsolationSupport } from "../isolation.js";
import {
  cachedDetection,
  findExecutables,
  NOBODY_ID,
  PROBE_LIMITS,
  pathFolders,
  probeLaunch,
  withProbeDir,
} from "../launch-probe.js";
import type { SandboxIsolation, SandboxLimits } from "../sandbox-types.js";

/** The checker (trusted, judges every assertion) and the host (untrusted module) scripts. */
export const CHECKER_PATH = fileURLToPath(new URL("../../runner/python/checker.py", import.meta.url));
const HOST_PATH = fileURLToPath(new URL("../../runner/python/host.py", import.meta.url));

/** Address space above the limit for the interpreter itself (its code, stdlib modules, thread stacks). */
const INTERPRETER_HEADROOM_MB = 96;
/**
 * Flags for both processes: no user site, no site-packages, no .pyc writes. Not `-I`/`-E`: the
 * environment is benchloop's own (it sets `PYTHONHASHSEED=0`, so set and dict orders of strings are the
 * same on every run), and the host trims `sys.path` to the standard library itself.
 */
export const PYTHON_FLAGS = ["-s", "-S", "-B"] as const;

/** A python3 usable here and the isolation its host process gets. */
export interface PythonRuntime {
  /** Absolute path of the interpreter, or undefined when none could run (the reason says why). */
  pythonPath: string | undefined;
  reason?: string;
  /** The isolation layers that worked with this interpreter. */
  support: IsolationSupport;
}

/** How to start the host for one item: argv without the three arguments the checker appends. */
export interface HostLaunch {
  command: string[];
  chownTo: number | undefined;
  isolation: SandboxIsolation;
}

const detections = new Map<string, Promise<PythonRuntime>>();

/**
 * Finds a python3 (3.8 or newer, for audit hooks) that starts under the strongest isolation `support`
 * allows, falling back layer by layer; cached per support and folder. Never rejects.
 */
export function detectPythonRuntime(
  support: IsolationSupport,
  tempDir: string = tmpdir(),
): Promise<PythonRuntime> {
  return cachedDetection(detections, `${JSON.stringify(support)}\u0000${tempDir}`, () =>
    detect(support, tempDir),
  );
}

async function detect(support: IsolationSupport, tempDir: string): Promise<PythonRuntime> {
  const candidates = pythonCandidates();
  if (candidates.length === 0) {
    return {
      pythonPath: undefined,
      reason:
        "no python3 was found on PATH or in /usr/bin; install Python 3.8 or newer (apt-get install python3)",
      support,
    };
  }
  return withProbeDir(tempDir, "benchloop-python-probe-", async (probeDir) => {
    const layers: IsolationSupport[] = [
      support,
      { ...support, namespace: undefined },
      { ...support, namespace: undefined, prlimitPath: undefined },
    ];
    for (const layer of layers) {
      for (const pythonPath of candidates) {
        const launch = buildHostLaunch({ pythonPath, support: layer }, PROBE_LIMITS);
        if (launch.chownTo !== undefined) chownSync(probeDir, launch.chownTo, launch.chownTo);
        const prefix = launch.command.slice(0, -(2 + PYTHON_FLAGS.length));
        if (await probeLaunch([...prefix, pythonPath, ...PROBE_ARGS], { cwd: probeDir })) {
          return { pythonPath, support: layer };
        }
      }
    }
    return {
      pythonPath: undefined,
      reason: `python3 (${candidates.join(", ")}) did not start, or is older than 3.8; install Python 3.8 or newer`,
      support,
    };
  });
}

/** Starts the interpreter and reads the host script, as the host will. */
const PROBE_ARGS = [
  ...PYTHON_FLAGS,
  "-c",
  "import sys; open(sys.argv[1]).close(); sys.exit(0 if sys.version_info >= (3, 8) else 3)",
  HOST_PATH,
];

/** The host's command line: rlimits, namespaces and user of `support`, then the interpreter. */
export function buildHostLaunch(
  runtime: { pythonPath: string; support: IsolationSupport },
  limits: SandboxLimits,
): HostLaunch {
  const { support } = runtime;
  const prefix: string[] = [];
  if (support.prlimitPath) {
    const cpuSeconds = Math.max(1, Math.ceil(limits.cpuMs / 1000));
    const addressBytes = Math.ceil(limits.memoryMb + INTERPRETER_HEADROOM_MB) * 1024 * 1024;
    prefix.push(
      support.prlimitPath,
      `--cpu=${cpuSeconds}:${cpuSeconds + 1}`,
      `--as=${addressBytes}`,
      "--core=0",
    );
  }
  if (support.namespace) prefix.push(...support.namespace.prefix);
  return {
    command: [...prefix, runtime.pythonPath, ...PYTHON_FLAGS, HOST_PATH],
    chownTo: support.namespace?.user === "nobody" ? NOBODY_ID : undefined,
    isolation: {
      network: support.namespace ? "namespace" : "none",
      filesystem: "audit-hook",
      processes: support.namespace ? "namespace" : "none",
      user: support.namespace?.user === "nobody" ? "nobody" : "same",
      resourceLimits: support.prlimitPath ? "rlimit" : "none",
    },
  };
}

/** Interpreters to try, most system-like first (a per-user install under /root is unreadable to `nobody`). */
function pythonCandidates(): string[] {
  return findExecutables("python3", ["/usr/bin", "/usr/local/bin", ...pathFolders()]);
}
