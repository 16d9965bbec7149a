// @ts-check
// Child side of @benchloop/sandbox. Started before its job is known (warm pool), it reads one job from
// stdin, loads the solution module fresh for every check, runs the spec, and reports each step as
// one JSON line on fd 3, written synchronously so nothing is lost if the parent has to kill it.
"use strict";

const fs = require("node:fs");
const vm = require("node:vm");
const EventEmitter = require("node:events");
const path = require("node:path");
const { builtinModules } = require("node:module");
const { createSpecApi, hooksOf } = require("./spec-api.cjs");
const { expect, AssertionFailure, NO_VALUE } = require("./expect.cjs");
const { renderValue, describeError } = require("./render-value.cjs");
const { snapshotGlobals, restoreGlobals } = require("./global-snapshot.cjs");

const REPORT_FD = 3;
const MODULE_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
const SOLUTION_SPECIFIERS = new Set(["./solution", "./solution.js", "./solution.ts", "./solution.mjs"]);
const TEST_LIBRARIES = new Set(["vitest", "@jest/globals", "bun:test"]);
const BUILTINS = new Set(builtinModules);

// Captured before any untrusted code runs, so patching globals cannot break reporting.
const writeSync = fs.writeSync;
const stringify = JSON.stringify;
const reallyExit = /** @type {(code: number) => never} */ (
  /** @type {{ reallyExit: (code: number) => never }} */ (/** @type {unknown} */ (process)).reallyExit.bind(
    process,
  )
);
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const realSetInterval = setInterval;
const realClearInterval = clearInterval;
const realSetImmediate = setImmediate;
const realClearImmediate = clearImmediate;

/**
 * @typedef {{
 *   solution: { code: string } | { failure: { type: string; message: string } };
 *   spec: { code: string };
 *   exports: string[];
 *   checkTimeoutMs: number;
 *   startAt: number;
 * }} RunnerJob
 * @typedef {{ passed: boolean; expected?: unknown; actual?: unknown; error?: string; failureType?: string }} CheckOutcome
 */

/** @param {Record<string, unknown>} message */
function report(message) {
  const line = Buffer.from(`${stringify(message)}\n`, "utf8");
  let offset = 0;
  while (offset < line.length) {
    try {
      offset += writeSync(REPORT_FD, line, offset, line.length - offset);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EAGAIN") throw error;
    }
  }
}

/**
 * @param {string} code
 * @param {string} message
 */
function codedError(code, message) {
  return Object.assign(new Error(message), { code });
}

/** @param {string} what */
function violation(what) {
  return () => {
    throw codedError("ERR_SANDBOX_VIOLATION", `${what} is not allowed in the benchloop sandbox`);
  };
}

/** Replaces the process controls and network entry points untrusted code must not reach. */
function installProcessGuards() {
  const proc = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (process));
  proc.exit = violation("process.exit()");
  proc.reallyExit = violation("process.reallyExit()");
  proc.abort = violation("process.abort()");
  proc.kill = violation("process.kill()");
  proc._kill = violation("process._kill()");
  proc.dlopen = violation("process.dlopen()");
}

/** Modules through which code reaches the network; loading one installs the network guard first. */
const NETWORK_MODULES = new Set(["net", "dgram", "http", "https", "http2", "tls"]);
let networkGuarded = false;
const networkNamespace = process.argv.includes("--network-namespace");

/**
 * Makes opening connections, listening and sending UDP throw a sandbox violation. Where a network
 * namespace isolates the process this only names the failure, so it waits until code imports a
 * network module (loading `net` costs start-up time); without one it is installed at once.
 */
function installNetworkGuard() {
  if (networkGuarded) return;
  networkGuarded = true;
  const net = require("node:net");
  net.Socket.prototype.connect = violation("opening a network connection");
  net.Server.prototype.listen = violation("listening on a network port");
  const dgram = require("node:dgram");
  dgram.Socket.prototype.bind = violation("binding a UDP socket");
  dgram.Socket.prototype.send = violation("sending a UDP packet");
}

/**
 * `require` for Node.js built-ins, guarding the network modules first.
 * @param {string} id
 * @returns {unknown | undefined} undefined when `id` is not a built-in
 */
function requireBuiltin(id) {
  const bare = id.startsWith("node:") ? id.slice(5) : id;
  if (!BUILTINS.has(bare)) return undefined;
  if (NETWORK_MODULES.has(bare)) installNetworkGuard();
  return require(id);
}

/**
 * Replaces stdout and stderr with minimal writers that write straight to their file descriptors,
 * blocking: output reaches the parent as it is written, so the output cap applies even to a loop
 * that never yields, and Node's own (costlier to load) stdio streams are never built.
 * @param {1 | 2} fd
 */
function directOutput(fd) {
  const stream = new EventEmitter();
  /**
   * @param {unknown} chunk
   * @param {unknown} [encoding]
   * @param {unknown} [callback]
   */
  const write = (chunk, encoding, callback) => {
    const done = typeof encoding === "function" ? encoding : callback;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")
        : Buffer.from(/** @type {Uint8Array} */ (chunk));
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EAGAIN") throw error;
      }
    }
    if (typeof done === "function") queueMicrotask(() => done());
    return true;
  };
  return Object.assign(stream, {
    fd,
    isTTY: false,
    writable: true,
    _isStdio: true,
    write,
    end: (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
        write(chunk, encoding, callback);
    },
    cork: () => {},
    uncork: () => {},
    setDefaultEncoding: () => stream,
  });
}

function installDirectOutput() {
  const stdout = directOutput(1);
  const stderr = directOutput(2);
  Object.defineProperty(process, "stdout", { configurable: true, enumerable: true, get: () => stdout });
  Object.defineProperty(process, "stderr", { configurable: true, enumerable: true, get: () => stderr });
}

/** Timers a check started, cleared when it ends so none fires into the next check. */
const checkTimers = {
  /** @type {Set<NodeJS.Timeout>} */ timeouts: new Set(),
  /** @type {Set<NodeJS.Timeout>} */ intervals: new Set(),
  /** @type {Set<NodeJS.Immediate>} */ immediates: new Set(),
};

function installTimerTracking() {
  const scope = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  scope.setTimeout = Object.assign(
    (/** @type {Parameters<typeof setTimeout>} */ ...args) => {
      const handle = realSetTimeout(...args);
      checkTimers.timeouts.add(handle);
      return handle;
    },
    {
      __promisify__: /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (setTimeout))
        .__promisify__,
    },
  );
  scope.setInterval = (/** @type {Parameters<typeof setInterval>} */ ...args) => {
    const handle = realSetInterval(...args);
    checkTimers.intervals.add(handle);
    return handle;
  };
  scope.setImmediate = (/** @type {Parameters<typeof setImmediate>} */ ...args) => {
    const handle = realSetImmediate(...args);
    checkTimers.immediates.add(handle);
    return handle;
  };
}

function clearCheckTimers() {
  for (const handle of checkTimers.timeouts) realClearTimeout(handle);
  for (const handle of checkTimers.intervals) realClearInterval(handle);
  for (const handle of checkTimers.immediates) realClearImmediate(handle);
  checkTimers.timeouts.clear();
  checkTimers.intervals.clear();
  checkTimers.immediates.clear();
}

/**
 * The failure class of an error thrown by untrusted code, from its constructor or code.
 * @param {unknown} error
 * @returns {string | undefined}
 */
function classify(error) {
  if (error instanceof SyntaxError) return "syntax";
  const code =
    error !== null && typeof error === "object" ? /** @type {{ code?: unknown }} */ (error).code : undefined;
  if (code === "ERR_SANDBOX_IMPORT") return "import";
  if (code === "ERR_SANDBOX_TIMEOUT") return "timeout";
  if (code === "ERR_ACCESS_DENIED" || code === "ERR_SANDBOX_VIOLATION" || code === "ERR_DLOPEN_DISABLED") {
    return "sandbox_violation";
  }
  // The network namespace has no interfaces: any connection fails as unreachable (also inside fetch's cause).
  const cause =
    error !== null && typeof error === "object"
      ? /** @type {{ cause?: unknown }} */ (error).cause
      : undefined;
  const causeCode =
    cause !== null && typeof cause === "object" ? /** @type {{ code?: unknown }} */ (cause).code : undefined;
  if (networkNamespace && (code === "ENETUNREACH" || causeCode === "ENETUNREACH")) return "sandbox_violation";
  return undefined;
}

/**
 * @param {RunnerJob} job
 */
async function runJob(job) {
  const itemDir = process.cwd();
  const solutionFile = path.join(itemDir, "solution.js");
  /** @type {Record<string, unknown> | undefined} */
  let currentExports;

  /** @param {string} id */
  const requireForSolution = (id) => {
    const builtin = requireBuiltin(id);
    if (builtin !== undefined) return builtin;
    throw codedError(
      "ERR_SANDBOX_IMPORT",
      `the module imports "${id}", which is not available in the sandbox (only Node.js built-in modules are)`,
    );
  };

  /** @type {Function | undefined} */
  let solutionFactory;
  /** @type {{ type: string; message: string } | undefined} */
  let loadFailure;
  if ("failure" in job.solution) {
    loadFailure = job.solution.failure;
  } else {
    try {
      solutionFactory = vm.compileFunction(job.solution.code, MODULE_PARAMETERS, { filename: solutionFile });
    } catch (error) {
      loadFailure = { type: "syntax", message: `the module does not parse: ${describeError(error)}` };
    }
  }

  const instantiate = () => {
    const module = { exports: /** @type {Record<string, unknown>} */ ({}) };
    /** @type {Function} */ (solutionFactory).call(
      module.exports,
      module.exports,
      requireForSolution,
      module,
      solutionFile,
      itemDir,
    );
    return module.exports;
  };

  // The spec sees the module under test through a live view of the current fresh instance.
  const liveSolution = new Proxy(/** @type {Record<string | symbol, unknown>} */ ({}), {
    get(_target, key) {
      if (key === "__esModule") return true;
      const exports = currentExports;
      if (exports === undefined) return undefined;
      if (key === "default" && !("default" in exports) && exports.__esModule !== true) return exports;
      return exports[/** @type {string} */ (key)];
    },
    has: (_target, key) => currentExports !== undefined && key in currentExports,
    ownKeys: () => (currentExports === undefined ? [] : Reflect.ownKeys(currentExports)),
    getOwnPropertyDescriptor(_target, key) {
      if (currentExports === undefined || !(key in currentExports)) return undefined;
      return {
        value: currentExports[/** @type {string} */ (key)],
        writable: false,
        enumerable: true,
        configurable: true,
      };
    },
  });

  const { api, checks } = createSpecApi();
  const testLibrary = { ...api, expect };
  /** @param {string} id */
  const requireForSpec = (id) => {
    if (SOLUTION_SPECIFIERS.has(id)) return liveSolution;
    if (TEST_LIBRARIES.has(id)) return testLibrary;
    const builtin = requireBuiltin(id);
    if (builtin !== undefined) return builtin;
    throw new Error(
      `the spec imports "${id}"; a spec may import "./solution", "vitest" and Node.js built-ins`,
    );
  };

  try {
    const specFactory = vm.compileFunction(
      job.spec.code,
      [...MODULE_PARAMETERS, ...Object.keys(testLibrary)],
      {
        filename: path.join(itemDir, "spec.js"),
      },
    );
    const specModule = { exports: {} };
    // Compiled default and namespace imports copy the module's keys once, when the spec loads: a
    // stand-in with the required names (and "default") gives them keys that then read the live instance.
    currentExports = Object.fromEntries([...job.exports, "default"].map((name) => [name, undefined]));
    specFactory(
      specModule.exports,
      requireForSpec,
      specModule,
      path.join(itemDir, "spec.js"),
      itemDir,
      ...Object.values(testLibrary),
    );
  } catch (error) {
    report({ t: "spec_error", message: `the spec did not load: ${describeError(error)}` });
    return;
  } finally {
    currentExports = undefined;
  }
  report({
    t: "plan",
    checks: checks.map((check) => ({ name: check.name, timeoutMs: check.timeoutMs ?? job.checkTimeoutMs })),
  });

  /** @type {{ fail(error: unknown): void } | undefined} */
  let activeCheck;
  // Errors thrown from timers or rejected promises belong to the running check; outside one they are dropped.
  const onAsyncError = (/** @type {unknown} */ error) => activeCheck?.fail(error);
  process.on("uncaughtException", onAsyncError);
  process.on("unhandledRejection", onAsyncError);

  // Globals as the spec left them; put back after the probe load and after every check.
  const globals = snapshotGlobals();

  /** The instance the load check made; nothing else ran on it, so the first check uses it. */
  /** @type {Record<string, unknown> | undefined} */
  let loadedInstance;
  if (job.startAt === 0) {
    report({ t: "phase", phase: "load" });
    if (!loadFailure) {
      try {
        const exports = instantiate();
        const missing = job.exports.filter((name) => !(name in exports) || exports[name] === undefined);
        if (missing.length > 0) {
          loadFailure = {
            type: "missing_export",
            message: `the module does not export ${missing.map((name) => `"${name}"`).join(", ")}`,
          };
        } else {
          loadedInstance = exports;
        }
      } catch (error) {
        loadFailure = {
          type: classify(error) ?? "import",
          message: `the module threw while loading: ${describeError(error)}`,
        };
      }
    }
    report(loadFailure ? { t: "load", ok: false, ...loadFailure } : { t: "load", ok: true });
    if (loadFailure) return;
  }

  /**
   * @param {() => Promise<void>} run
   * @param {number} timeoutMs
   */
  const withDeadline = (run, timeoutMs) =>
    new Promise((resolve, reject) => {
      const timer = realSetTimeout(
        () => reject(codedError("ERR_SANDBOX_TIMEOUT", `the check did not finish within ${timeoutMs} ms`)),
        timeoutMs,
      );
      activeCheck = {
        fail(error) {
          realClearTimeout(timer);
          reject(error);
        },
      };
      Promise.resolve()
        .then(run)
        .then(
          () => {
            realClearTimeout(timer);
            resolve(undefined);
          },
          (error) => {
            realClearTimeout(timer);
            reject(error);
          },
        );
    });

  for (let index = job.startAt; index < checks.length; index++) {
    const check = /** @type {import("./spec-api.cjs").CollectedCheck} */ (checks[index]);
    report({ t: "start", i: index });
    /** @type {CheckOutcome} */
    let outcome;
    try {
      currentExports = loadedInstance ?? instantiate();
      loadedInstance = undefined;
      const { beforeEach, afterEach } = hooksOf(check);
      await withDeadline(async () => {
        for (const hook of beforeEach) await hook();
        try {
          await check.fn();
        } finally {
          for (const hook of afterEach) await hook();
        }
      }, check.timeoutMs ?? job.checkTimeoutMs);
      outcome = { passed: true };
    } catch (error) {
      outcome = describeFailure(error);
    } finally {
      activeCheck = undefined;
      currentExports = undefined;
      clearCheckTimers();
      restoreGlobals(globals);
    }
    report({ t: "check", i: index, ...outcome });
  }
}

/**
 * @param {unknown} error
 * @returns {CheckOutcome}
 */
function describeFailure(error) {
  if (error instanceof AssertionFailure) {
    /** @type {CheckOutcome} */
    const outcome = { passed: false, error: error.message };
    if (error.expected !== NO_VALUE) outcome.expected = renderValue(error.expected);
    if (error.actual !== NO_VALUE) outcome.actual = renderValue(error.actual);
    return outcome;
  }
  const failureType = classify(error);
  return { passed: false, error: describeError(error), ...(failureType ? { failureType } : {}) };
}

/** Reads the whole job from stdin; blocks while the process waits in the warm pool. */
function readJob() {
  const chunks = [];
  const buffer = Buffer.allocUnsafe(65536);
  for (;;) {
    let count;
    try {
      count = fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === "EAGAIN") continue;
      if (code === "EOF") break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, count)));
  }
  return Buffer.concat(chunks).toString("utf8");
}

function main() {
  // Everything that does not depend on the job happens before it arrives, while the process waits warm.
  installDirectOutput();
  installProcessGuards();
  if (!networkNamespace) installNetworkGuard();
  installTimerTracking();
  const input = readJob();
  if (input.trim() === "") reallyExit(0);
  const job = /** @type {RunnerJob} */ (JSON.parse(input));
  runJob(job).then(
    () => {
      report({ t: "done", cpuMs: cpuMilliseconds() });
      reallyExit(0);
    },
    (error) => {
      report({ t: "runner_error", message: describeError(error) });
      reallyExit(1);
    },
  );
}

/** CPU time this process has used so far, bootstrap included. */
function cpuMilliseconds() {
  const usage = process.cpuUsage();
  return Math.round((usage.user + usage.system) / 1000);
}

main();
