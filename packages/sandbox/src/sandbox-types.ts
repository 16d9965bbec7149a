// The plain data that goes into and comes out of the sandbox: jobs, limits, results and checks.
// Other packages code against these shapes; fields are only ever added.

/** Resource limits of one sandboxed item. */
export interface SandboxLimits {
  /** Wall-clock budget of the whole item, every process it needed included. */
  wallMs: number;
  /** CPU time one sandbox process may use (enforced by RLIMIT_CPU, whole seconds, where `prlimit` exists). */
  cpuMs: number;
  /** Default time one check (`it`) may take, and the time the module may take to load. */
  checkTimeoutMs: number;
  /** JavaScript heap limit of the process; native memory is capped near it through RLIMIT_DATA. */
  memoryMb: number;
  /** Bytes the item may print to stdout and stderr together before it is stopped. */
  outputBytes: number;
}

/** One item to score: the extracted answer code and the spec to run against it. */
export interface SandboxJob {
  /** The module under test, as extracted from the answer (ESM or CommonJS syntax). */
  solutionSource: string;
  solutionLanguage: "typescript" | "javascript";
  /** TypeScript in `describe/it/expect` style, importing the module from `"./solution"`. */
  specSource: string;
  /** Names the module must export; a missing one fails the item as `missing_export`. */
  exports: string[];
  /** `.d.ts` text declaring the module's expected shape; when given, a type check is recorded apart. */
  interfaceSource?: string;
  limits?: Partial<SandboxLimits>;
}

/**
 * One Python item: the answer's module is loaded in an isolated host process and driven, over a pipe
 * of serialized values, by a trusted checker process that runs the spec and judges every assertion.
 */
export interface PythonSandboxJob {
  /** The module under test, as extracted from the answer. */
  solutionSource: string;
  solutionLanguage: "python";
  /** Python in `describe/it/expect` style (`from spec import describe, it, expect`), importing from `solution`. */
  specSource: string;
  /** Names the module must define; a missing one fails the item as `missing_export`. */
  exports: string[];
  limits?: Partial<SandboxLimits>;
}

/** Why a module did not load or an item was stopped. */
export type SandboxFailureType =
  | "syntax"
  | "import"
  | "missing_export"
  | "timeout"
  | "memory"
  | "sandbox_violation"
  | "output_limit"
  | "crash"
  /** The spec itself did not load: a fault of the test, not of the answer. */
  | "spec_error";

/** One recorded check: an `it` of the spec, or the type check. */
export interface SandboxCheck {
  /** `"describe > it"`. */
  name: string;
  passed: boolean;
  /** JSON-safe rendering of the expected value of the failed assertion. */
  expected?: unknown;
  /** JSON-safe rendering of the actual value of the failed assertion. */
  actual?: unknown;
  error?: string;
  /** Set when the check failed because of a sandbox limit or rule rather than an assertion. */
  failureType?: SandboxFailureType;
  /** How long the check ran, when it ran. */
  durationMs?: number;
}

/** The isolation an item actually got on this machine. */
export interface SandboxIsolation {
  /** `namespace`: a network namespace without interfaces (`unshare --net`). */
  network: "namespace" | "none";
  /**
   * `permission-model`: Node's permission model limits reads to the item folder and writes to it.
   * `audit-hook`: a Python audit hook refuses writes outside the item folder, reads outside it and the
   * standard library, processes, sockets and native code (Python items).
   */
  filesystem: "permission-model" | "audit-hook" | "none";
  /** `namespace`: the process sees only itself (`unshare --pid`). */
  processes: "namespace" | "none";
  /** `nobody`: the process runs as an unprivileged user (only when benchloop runs as root). */
  user: "nobody" | "same";
  /** `rlimit`: CPU time and native memory are capped by the kernel (`prlimit`). */
  resourceLimits: "rlimit" | "none";
}

/** What scoring one item found. */
export interface SandboxResult {
  /** Whether the module loaded and exported what was required. */
  loaded: boolean;
  /** Every check of the spec, in spec order (all failed, with the failure type, when the module did not load). */
  checks: SandboxCheck[];
  /** The optional type check against `interfaceSource`. */
  typeCheck?: SandboxCheck;
  /** Why the module did not load, or why the item was stopped before every check ran. */
  failure?: { type: SandboxFailureType; message: string };
  isolation: SandboxIsolation;
  wallMs: number;
  outputBytes: number;
  /** Sandbox processes the item used (more than one when a check had to be killed and the rest resumed). */
  processes: number;
  /** CPU time the item's sandbox processes used, Node's start-up included; absent when one was stopped. */
  cpuMs?: number;
}

/** Options of {@link createSandboxPool}. */
export interface SandboxPoolOptions {
  /** Items run at once (default: the machine's available parallelism). */
  size?: number;
  /** Keep pre-spawned processes ready so an item does not wait for Node to start (default true). */
  warm?: boolean;
  /** Limits for every item; a job's own limits override them field by field. */
  limits?: Partial<SandboxLimits>;
  /**
   * Folder that holds the per-item temp folders (default: the OS temp folder). Under root it must be
   * traversable by other users, or the sandbox cannot drop to the unprivileged user and says so in `isolation`.
   */
  tempDir?: string;
}

/** Runs sandboxed items; each item gets a fresh process, never one used before. */
export interface SandboxPool {
  /**
   * Scores one item. Resolves with the result whatever the code did; rejects only when `signal` aborts
   * (with the signal's reason) or the pool is closed.
   */
  run(job: SandboxJob | PythonSandboxJob, options?: { signal?: AbortSignal }): Promise<SandboxResult>;
  /** Detects isolation, starts the warm processes and loads the TypeScript compiler now rather than at the first `run`. */
  warmUp(): Promise<void>;
  /** Stops the warm processes, waits for running items, and removes every temp folder. */
  close(): Promise<void>;
}
