// The sandbox pool: bounded concurrency, and warm processes started ahead of need so an item never
// waits for Node to boot — while still giving every item a process nothing ran in before.
import { rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { buildLaunch, detectIsolationSupport, type IsolationSupport } from "./isolation.js";
import { resolveLimits } from "./limits.js";
import { detectPythonRuntime } from "./python/python-launch.js";
import { runPythonItem } from "./python/run-python-item.js";
import { runItem } from "./run-item.js";
import { SandboxProcess } from "./sandbox-process.js";
import type {
  PythonSandboxJob,
  SandboxJob,
  SandboxLimits,
  SandboxPool,
  SandboxPoolOptions,
  SandboxResult,
} from "./sandbox-types.js";
import { loadTypeScript } from "./transpile.js";

const RUNNER_PATH = fileURLToPath(new URL("../runner/sandbox-runner.cjs", import.meta.url));

/** Processes not yet disposed, across pools, killed if benchloop exits without closing its pools. */
const liveProcesses = new Set<SandboxProcess>();
let exitHookInstalled = false;

function track(process: SandboxProcess): SandboxProcess {
  liveProcesses.add(process);
  void process.ended.then(() => liveProcesses.delete(process));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    globalThis.process.on("exit", () => {
      for (const live of liveProcesses) {
        live.stop("benchloop exited");
        rmSync(live.itemDir, { recursive: true, force: true });
      }
    });
  }
  return process;
}

/**
 * Creates a pool that runs sandboxed items, at most `size` at once. Nothing starts until the first
 * `run` or `warmUp`: then the machine's isolation is detected once and warm processes are started.
 * @throws TypeError when a limit is not a positive number.
 */
export function createSandboxPool(options: SandboxPoolOptions = {}): SandboxPool {
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism()));
  const warm = options.warm ?? true;
  const poolLimits = resolveLimits(options.limits);
  const tempDir = options.tempDir ?? tmpdir();
  const idle: SandboxProcess[] = [];
  const waiting: Array<() => void> = [];
  const running = new Set<Promise<unknown>>();
  const disposing = new Set<Promise<void>>();
  let active = 0;
  let closed = false;
  let support: IsolationSupport | undefined;

  const limitsKey = (limits: SandboxLimits) => `${limits.memoryMb}|${Math.ceil(limits.cpuMs / 1000)}`;
  const poolKey = limitsKey(poolLimits);

  const spawnProcess = (found: IsolationSupport, limits: SandboxLimits, warmProcess = false) =>
    track(
      new SandboxProcess((itemDir) => buildLaunch(found, itemDir, limits, { warm: warmProcess }), tempDir),
    );

  const refill = () => {
    if (!warm || closed || !support) return;
    const found = support;
    while (idle.length < size) idle.push(spawnProcess(found, poolLimits, true));
  };

  const takeProcess = (limits: SandboxLimits): SandboxProcess => {
    const found = support as IsolationSupport;
    let taken: SandboxProcess | undefined;
    if (warm && limitsKey(limits) === poolKey) {
      while (!taken && idle.length > 0) {
        const candidate = idle.shift() as SandboxProcess;
        if (candidate.alive) taken = candidate;
        else void candidate.dispose();
      }
    }
    taken ??= spawnProcess(found, limits);
    // Start the replacement once this item's job is on its way.
    setImmediate(refill);
    return taken;
  };

  const release = (process: SandboxProcess) => {
    const disposal = process.dispose().finally(() => disposing.delete(disposal));
    disposing.add(disposal);
  };

  const ensureSupport = async (): Promise<IsolationSupport> => {
    support ??= await detectIsolationSupport(RUNNER_PATH, tempDir);
    return support;
  };

  const acquireSlot = (signal: AbortSignal | undefined): Promise<void> => {
    if (active < size) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener("abort", onAbort);
        active++;
        resolve();
      };
      const onAbort = () => {
        const index = waiting.indexOf(grant);
        if (index !== -1) waiting.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      waiting.push(grant);
    });
  };

  const releaseSlot = () => {
    active--;
    const next = waiting.shift();
    if (next) next();
  };

  const run = async (
    job: SandboxJob | PythonSandboxJob,
    runOptions: { signal?: AbortSignal } = {},
  ): Promise<SandboxResult> => {
    if (closed) throw new Error("this sandbox pool is closed; create a new one with createSandboxPool()");
    const { signal } = runOptions;
    signal?.throwIfAborted();
    const limits = resolveLimits(poolLimits, job.limits);
    const found = await ensureSupport();
    await acquireSlot(signal);
    if (closed) {
      releaseSlot();
      throw new Error("this sandbox pool was closed while the item waited for a free slot");
    }
    const item =
      job.solutionLanguage === "python"
        ? detectPythonRuntime(found, tempDir).then((runtime) =>
            runPythonItem(job, { limits, runtime, tempDir, signal }),
          )
        : runItem(job, {
            limits,
            takeProcess,
            release,
            isolation: buildLaunch(found, "", limits).isolation,
            signal,
          });
    running.add(item);
    try {
      return await item;
    } finally {
      running.delete(item);
      releaseSlot();
    }
  };

  return {
    run,
    async warmUp() {
      if (closed) return;
      await ensureSupport();
      refill();
      // Transpiling needs the TypeScript compiler; loading it takes a moment better spent now.
      loadTypeScript();
    },
    async close() {
      closed = true;
      const idleNow = idle.splice(0);
      await Promise.allSettled([...running]);
      await Promise.all([...idleNow.map((process) => process.dispose()), ...disposing]);
    },
  };
}
