// @ts-check
// Child side of @benchloop/sandbox. Started before its job is known (warm pool), it hardens the
// built-ins, reads one job from stdin, loads the solution module fresh for every check, runs the
// spec, and reports each step as one authenticated JSON line on fd 3 (see report-channel.cjs),
// written synchronously so nothing is lost if the parent has to kill it.
"use strict";

const vm = require("node:vm");
const EventEmitter = require("node:events");
const path = require("node:path");
const { builtinModules } = require("node:module");
const timersModule = require("node:timers");
const timersPromises = require("node:timers/promises");
const { promisify } = require("node:util");
const { createSpecApi, hooksOf } = require("./spec-api.cjs");
const { expect, AssertionFailure, NO_VALUE, onAssertionFailure } = require("./expect.cjs");
const { renderValue, describeError } = require("./render-value.cjs");
const { snapshotGlobals, restoreGlobals } = require("./global-snapshot.cjs");
const { readTokensAndJob, createReportWriter } = require("./report-channel.cjs");
const { hardenIntrinsics } = require("./harden-intrinsics.cjs");

const REPORT_FD = 3;
const MODULE_PARAMETERS = ["exports", "require", "module", "__filename", "__dirname"];
const SOLUTION_SPECIFIERS = new Set(["./solution", "./solution.js", "./solution.ts", "./solution.mjs"]);
const TEST_LIBRARIES = new Set(["vitest", "@jest/globals", "bun:test"]);
const BUILTINS = new Set(builtinModules);
/**
 * Built-ins the module under test may not import: they read the process's memory (`v8` heap
 * snapshots, `inspector`), reach the runner's own modules (`module`), or start a console on it.
 */
const DENIED_BUILTINS = new Set(["v8", "inspector", "inspector/promises", "module", "repl", "trace_events"]);
/** Node globals a spec may use, pinned like the standard ones so the module cannot swap them. */
const PINNED_NODE_GLOBALS = [
  "setTimeout",
  "setInterval",
  "setImmediate",
  "clearTimeout",
  "clearInterval",
  "clearImmediate",
  "queueMicrotask",
  "structuredClone",
  "process",
  "Buffer",
  "AbortController",
  "AbortSignal",
  "TextEncoder",
  "TextDecoder",
  "URL",
  "URLSearchParams",
];

// Captured before any untrusted code runs, so patching globals cannot break reporting.
const writeSync = require("node:fs").writeSync;
const reallyExit = /** @type {(code: number) => never} */ (
  /** @type {{ reallyExit: (code: number) => never }} */ (/** @type {unknown} */ (process)).reallyExit.bind(
    process,
  )
);
const cpuUsage = process.cpuUsage.bind(process);
const getActiveResourcesInfo = process.getActiveResourcesInfo.bind(process);
const getBuiltinModule = /** @type {{ getBuiltinModule?: (id: string) => unknown }} */ (process)
  .getBuiltinModule;
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;
const realSetInterval = setInterval;
const realClearInterval = clearInterval;
const realSetImmediate = setImmediate;
const realClearImmediate = clearImmediate;
const timersPromisesOriginal = { ...timersPromises };
const realScheduler = timersPromises.scheduler;
const abortSignalAny = AbortSignal.any;

/**
 * @typedef {{
 *   solution: { code: string } | { failure: { type: string; message: string } };
 *   spec: { code: string };
 *   exports: string[];
 *   checkTimeoutMs: number;
 *   startAt: number;
 * }} RunnerJob
 * @typedef {{ passed: boolean; expected?: unknown; actual?: unknown; error?: string; failureType?: string }} CheckOutcome
 * @typedef {(message: Record<string, unknown>) => void} Report
 */

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

/** Replaces the process controls and introspection entry points untrusted code must not reach. */
function installProcessGuards() {
  const proc = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (process));
  proc.exit = violation("process.exit()");
  proc.reallyExit = violation("process.reallyExit()");
  proc.abort = violation("process.abort()");
  proc.kill = violation("process.kill()");
  proc._kill = violation("process._kill()");
  proc.dlopen = violation("process.dlopen()");
  proc.binding = violation("process.binding()");
  proc._linkedBinding = violation("process._linkedBinding()");
  proc.setUncaughtExceptionCaptureCallback = violation("process.setUncaughtExceptionCaptureCallback()");
  // The runner's own module object, and through it `require.cache` and an unguarded `require`.
  delete proc.mainModule;
  if (typeof getBuiltinModule === "function") {
    proc.getBuiltinModule = (/** @type {string} */ id) => {
      assertAllowedBuiltin(id);
      return requireBuiltin(id) ?? getBuiltinModule.call(process, id);
    };
  }
}

/**
 * Throws a sandbox violation for the built-ins the module under test may not import.
 * @param {string} id
 */
function assertAllowedBuiltin(id) {
  const bare = typeof id === "string" && id.startsWith("node:") ? id.slice(5) : id;
  if (DENIED_BUILTINS.has(bare)) {
    throw codedError("ERR_SANDBOX_VIOLATION", `importing "${id}" is not allowed in the benchloop sandbox`);
  }
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
  /** Aborts the promise timers (`timers/promises`) of the check; made when the first one starts. */
  /** @type {AbortController | undefined} */ promiseTimers: undefined,
};

/** @param {Parameters<typeof setTimeout>} args */
function trackedSetTimeout(...args) {
  const handle = realSetTimeout(...args);
  checkTimers.timeouts.add(handle);
  return handle;
}
/** @param {Parameters<typeof setInterval>} args */
function trackedSetInterval(...args) {
  const handle = realSetInterval(...args);
  checkTimers.intervals.add(handle);
  return handle;
}
/** @param {Parameters<typeof setImmediate>} args */
function trackedSetImmediate(...args) {
  const handle = realSetImmediate(...args);
  checkTimers.immediates.add(handle);
  return handle;
}

/**
 * The options of a promise timer with the check's abort signal joined to the caller's own.
 * @param {unknown} options
 */
function withCheckSignal(options) {
  checkTimers.promiseTimers ??= new AbortController();
  const own =
    options !== null && typeof options === "object" ? /** @type {{ signal?: AbortSignal }} */ (options) : {};
  const checkSignal = checkTimers.promiseTimers.signal;
  if (!own.signal) return { ...own, signal: checkSignal };
  if (typeof abortSignalAny === "function")
    return { ...own, signal: abortSignalAny([own.signal, checkSignal]) };
  // Node before 20.3 has no AbortSignal.any: the caller's signal aborts the check's own controller instead.
  const joined = new AbortController();
  for (const source of [own.signal, checkSignal]) {
    if (source.aborted) joined.abort(source.reason);
    else source.addEventListener("abort", () => joined.abort(source.reason), { once: true });
  }
  return { ...own, signal: joined.signal };
}

/**
 * Routes every way of starting a timer through the tracking: the globals, the `timers` module,
 * `timers/promises` (and its scheduler), `util.promisify(setTimeout)` and `AbortSignal.timeout`.
 */
function installTimerTracking() {
  const promiseTimers = {
    /** @type {(delay?: number, value?: unknown, options?: unknown) => Promise<unknown>} */
    setTimeout: (delay, value, options) =>
      timersPromisesOriginal.setTimeout(delay, value, withCheckSignal(options)),
    /** @type {(value?: unknown, options?: unknown) => Promise<unknown>} */
    setImmediate: (value, options) => timersPromisesOriginal.setImmediate(value, withCheckSignal(options)),
    /** @type {(delay?: number, value?: unknown, options?: unknown) => AsyncIterable<unknown>} */
    setInterval: (delay, value, options) =>
      timersPromisesOriginal.setInterval(delay, value, withCheckSignal(options)),
  };
  const scheduler = {
    /** @type {(delay: number, options?: unknown) => Promise<void>} */
    wait: (delay, options) => realScheduler.wait(delay, withCheckSignal(options)),
    yield: () => promiseTimers.setImmediate(),
  };
  const tracked = {
    setTimeout: Object.assign(trackedSetTimeout, { [promisify.custom]: promiseTimers.setTimeout }),
    setInterval: trackedSetInterval,
    setImmediate: Object.assign(trackedSetImmediate, { [promisify.custom]: promiseTimers.setImmediate }),
  };
  Object.assign(globalThis, tracked);
  Object.assign(timersModule, tracked);
  Object.assign(timersPromises, promiseTimers, { scheduler });
  Object.freeze(timersModule);
  Object.freeze(timersPromises);
  AbortSignal.timeout = (/** @type {number} */ delay) => {
    const controller = new AbortController();
    trackedSetTimeout(
      () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
      delay,
    );
    return controller.signal;
  };
}

function clearCheckTimers() {
  for (const handle of checkTimers.timeouts) realClearTimeout(handle);
  for (const handle of checkTimers.intervals) realClearInterval(handle);
  for (const handle of checkTimers.immediates) realClearImmediate(handle);
  checkTimers.timeouts.clear();
  checkTimers.intervals.clear();
  checkTimers.immediates.clear();
  checkTimers.promiseTimers?.abort();
  checkTimers.promiseTimers = undefined;
}

/**
 * Counts of the event-loop resources keeping the process busy (timers, I/O requests, handles).
 * @returns {Map<string, number>}
 */
function activeResources() {
  const counts = new Map();
  for (const type of getActiveResourcesInfo()) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

/**
 * Resources beyond `baseline`, described (`"Timeout ×2"`), or undefined when there are none.
 * @param {Map<string, number>} baseline
 */
function leftoverResources(baseline) {
  const extra = [];
  for (const [type, count] of activeResources()) {
    const more = count - (baseline.get(type) ?? 0);
    if (more > 0) extra.push(`${type} ×${more}`);
  }
  return extra.length > 0 ? extra.join(", ") : undefined;
}

/** One turn of the event loop: never comes while a microtask or nextTick loop keeps running. */
const settle = () => new Promise((resolve) => realSetImmediate(resolve));

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
 * @param {Report} report
 */
async function runJob(job, report) {
  const itemDir = process.cwd();
  const solutionFile = path.join(itemDir, "solution.js");
  /** @type {Record<string, unknown> | undefined} */
  let currentExports;

  /** @param {string} id */
  const requireForSolution = (id) => {
    assertAllowedBuiltin(id);
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
  const testLibrary = Object.freeze({ ...api, expect });
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
  // What keeps the loop busy before the module under test exists; more than this after a check is
  // the module's leftover work, and the next check gets a fresh process rather than share it.
  const baseline = activeResources();

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

  /** The first assertion that failed during the running check, whether or not its throw got out. */
  /** @type {AssertionFailure | undefined} */
  let witnessedFailure;
  onAssertionFailure((failure) => {
    witnessedFailure ??= failure;
  });

  for (let index = job.startAt; index < checks.length; index++) {
    const check = /** @type {import("./spec-api.cjs").CollectedCheck} */ (checks[index]);
    report({ t: "start", i: index });
    witnessedFailure = undefined;
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
      // An assertion failed but its throw never reached here: something caught it on the way.
      outcome = witnessedFailure ? describeFailure(witnessedFailure) : { passed: true };
    } catch (error) {
      outcome = describeFailure(error);
    } finally {
      activeCheck = undefined;
      currentExports = undefined;
      clearCheckTimers();
      restoreGlobals(globals);
    }
    // A microtask or nextTick loop the check left running never lets this turn come: the check
    // then overruns its time and its process is stopped, so the loop cannot reach the next check.
    await settle();
    report({ t: "check", i: index, ...outcome });
    const leftover = index + 1 < checks.length ? leftoverResources(baseline) : undefined;
    if (leftover !== undefined) {
      report({ t: "recycle", next: index + 1, leftover });
      reallyExit(0);
    }
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

function main() {
  // Everything that does not depend on the job happens before it arrives, while the process waits warm.
  installDirectOutput();
  installProcessGuards();
  if (!networkNamespace) installNetworkGuard();
  installTimerTracking();
  hardenIntrinsics(PINNED_NODE_GLOBALS);
  const input = readTokensAndJob();
  if (input === undefined) reallyExit(0);
  const { tokens, job: jobText } = /** @type {NonNullable<typeof input>} */ (input);
  const report = createReportWriter(REPORT_FD, tokens);
  const job = /** @type {RunnerJob} */ (JSON.parse(jobText));
  runJob(job, report).then(
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
  const usage = cpuUsage();
  return Math.round((usage.user + usage.system) / 1000);
}

main();
