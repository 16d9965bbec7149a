// Finds, once per process, a python3 that can run inside the sandbox this machine allows (the same
// `prlimit`, `unshare` namespaces and unprivileged user as the Node runner), and builds the command
// lines of the trusted checker and of the isolated host that holds the answer's module.
import { spawn } from "node:child_process";
import { accessSync, chownSync, constants, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IsolationSupport } from "../isolation.js";
import type { SandboxIsolation, SandboxLimits } from "../sandbox-types.js";

/** The checker (trusted, judges every assertion) and the host (untrusted module) scripts. */
export const CHECKER_PATH = fileURLToPath(new URL("../../runner/python/checker.py", import.meta.url));
const HOST_PATH = fileURLToPath(new URL("../../runner/python/host.py", import.meta.url));

const NOBODY_ID = 65534;
const PROBE_TIMEOUT_MS = 10_000;
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
  const key = `${JSON.stringify(support)}\u0000${tempDir}`;
  let detection = detections.get(key);
  if (!detection) {
    detection = detect(support, tempDir);
    detections.set(key, detection);
  }
  return detection;
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
  const probeDir = mkdtempSync(join(tempDir, "benchloop-python-probe-"));
  try {
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
        if (await probe([...prefix, pythonPath, ...PROBE_ARGS], probeDir)) {
          return { pythonPath, support: layer };
        }
      }
    }
    return {
      pythonPath: undefined,
      reason: `python3 (${candidates.join(", ")}) did not start, or is older than 3.8; install Python 3.8 or newer`,
      support,
    };
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
  }
}

/** Starts the interpreter and reads the host script, as the host will. */
const PROBE_ARGS = [
  ...PYTHON_FLAGS,
  "-c",
  "import sys; open(sys.argv[1]).close(); sys.exit(0 if sys.version_info >= (3, 8) else 3)",
  HOST_PATH,
];

const PROBE_LIMITS: SandboxLimits = {
  wallMs: PROBE_TIMEOUT_MS,
  cpuMs: 5_000,
  checkTimeoutMs: 1_000,
  memoryMb: 128,
  outputBytes: 10_000,
};

function probe(argv: string[], cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    const [command, ...args] = argv as [string, ...string[]];
    const child = spawn(command, args, { cwd, env: {}, stdio: "ignore", timeout: PROBE_TIMEOUT_MS });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

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
  const found: string[] = [];
  const folders = ["/usr/bin", "/usr/local/bin", ...(process.env.PATH ?? "").split(delimiter)];
  for (const folder of folders) {
    if (!folder) continue;
    const candidate = join(folder, "python3");
    try {
      accessSync(candidate, constants.X_OK);
      if (!found.includes(candidate)) found.push(candidate);
    } catch {
      // Not in this folder.
    }
  }
  return found;
}
