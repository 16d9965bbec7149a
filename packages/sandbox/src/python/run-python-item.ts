// Scores one Python item: starts the trusted checker (which starts the isolated host holding the
// answer), hands it the job with a fresh random token, reads its report lines from fd 3, enforces the
// item's wall clock and output cap, and turns the reports into a SandboxResult. A line without the
// token, a check reported twice, or a plan whose checks do not all report fails the item.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asFailureType } from "../failure-type.js";
import type {
  PythonSandboxJob,
  SandboxCheck,
  SandboxFailureType,
  SandboxLimits,
  SandboxResult,
} from "../sandbox-types.js";
import { buildHostLaunch, CHECKER_PATH, PYTHON_FLAGS, type PythonRuntime } from "./python-launch.js";

/** What {@link runPythonItem} needs from the pool. */
export interface RunPythonItemContext {
  limits: SandboxLimits;
  runtime: PythonRuntime;
  tempDir?: string;
  signal: AbortSignal | undefined;
}

type Failure = { type: SandboxFailureType; message: string };

/** Report bytes past this mean a runaway checker; it is stopped. */
const MAX_REPORT_BYTES = 32 * 1024 * 1024;
const STDERR_TAIL_BYTES = 2_000;

/** One report line of the checker (see runner/python/checker.py). */
type CheckerMessage =
  | { t: "plan"; checks: Array<{ name: string; timeoutMs: number }> }
  | { t: "spec_error"; message: string }
  | { t: "phase"; phase: "load" }
  | { t: "load"; ok: boolean; type?: string; message?: string }
  | { t: "start"; i: number }
  | {
      t: "check";
      i: number;
      passed: boolean;
      expected?: unknown;
      actual?: unknown;
      error?: string;
      failureType?: string;
    }
  | { t: "done"; cpuMs?: number };

/**
 * Runs one Python job to its result. Resolves whatever the answer does; rejects only when the signal
 * aborts (with its reason).
 */
export async function runPythonItem(
  job: PythonSandboxJob,
  context: RunPythonItemContext,
): Promise<SandboxResult> {
  const started = performance.now();
  const { limits, runtime, signal } = context;
  signal?.throwIfAborted();
  if (runtime.pythonPath === undefined) {
    const launch = buildHostLaunch({ pythonPath: "python3", support: runtime.support }, limits);
    return {
      loaded: false,
      checks: [],
      failure: {
        type: "crash",
        message: `Python answers cannot run here: ${runtime.reason ?? "no python3"}`,
      },
      isolation: launch.isolation,
      wallMs: Math.round(performance.now() - started),
      outputBytes: 0,
      processes: 0,
    };
  }
  const host = buildHostLaunch({ pythonPath: runtime.pythonPath, support: runtime.support }, limits);
  const itemDir = mkdtempSync(join(context.tempDir ?? tmpdir(), "benchloop-sandbox-py-"));
  if (host.chownTo !== undefined) chownSync(itemDir, host.chownTo, host.chownTo);
  const token = randomBytes(24).toString("hex");
  const checker = spawn(runtime.pythonPath, [...PYTHON_FLAGS, CHECKER_PATH], {
    cwd: itemDir,
    env: { TZ: "UTC", PYTHONHASHSEED: "0" },
    stdio: ["pipe", "pipe", "pipe", "pipe"],
    detached: true,
  });

  const state = {
    plan: undefined as Array<{ name: string; timeoutMs: number }> | undefined,
    specError: undefined as string | undefined,
    load: undefined as Extract<CheckerMessage, { t: "load" }> | undefined,
    checks: new Map<number, SandboxCheck>(),
    startedAt: new Map<number, number>(),
    done: false,
    cpuMs: undefined as number | undefined,
    forged: undefined as string | undefined,
    stopReason: undefined as "wall" | "output_limit" | "report_limit" | "aborted" | undefined,
    outputBytes: 0,
    stderrTail: "",
  };
  const stop = (reason: NonNullable<typeof state.stopReason>) => {
    state.stopReason ??= reason;
    killGroup(checker);
  };
  const onMessage = (message: CheckerMessage) => {
    switch (message.t) {
      case "plan":
        state.plan ??= message.checks;
        break;
      case "spec_error":
        state.specError = String(message.message);
        break;
      case "load":
        state.load ??= message;
        break;
      case "start":
        state.startedAt.set(message.i, performance.now());
        break;
      case "check": {
        if (
          state.checks.has(message.i) ||
          !state.plan ||
          !(message.i >= 0 && message.i < state.plan.length)
        ) {
          state.forged ??= `check ${message.i} was reported twice or is not in the plan`;
          break;
        }
        const name = state.plan[message.i]?.name ?? `check ${message.i + 1}`;
        const check: SandboxCheck = { name, passed: message.passed === true };
        if ("expected" in message) check.expected = message.expected;
        if ("actual" in message) check.actual = message.actual;
        if (typeof message.error === "string") check.error = message.error;
        if (typeof message.failureType === "string") check.failureType = asFailureType(message.failureType);
        check.durationMs = Math.round(
          performance.now() - (state.startedAt.get(message.i) ?? performance.now()),
        );
        state.checks.set(message.i, check);
        break;
      }
      case "done":
        state.done = true;
        state.cpuMs = typeof message.cpuMs === "number" ? message.cpuMs : undefined;
        break;
      default:
        break;
    }
  };

  let reportBuffer = "";
  let reportBytes = 0;
  const [stdin, stdout, stderr, reports] = checker.stdio;
  const countOutput = (chunk: Buffer) => {
    state.outputBytes += chunk.length;
    if (state.outputBytes > limits.outputBytes) stop("output_limit");
  };
  stdout?.on("data", countOutput);
  stderr?.on("data", (chunk: Buffer) => {
    countOutput(chunk);
    state.stderrTail = (state.stderrTail + chunk.toString("utf8")).slice(-STDERR_TAIL_BYTES);
  });
  (reports as NodeJS.ReadableStream | null)?.on("data", (chunk: Buffer) => {
    reportBytes += chunk.length;
    if (reportBytes > MAX_REPORT_BYTES) return stop("report_limit");
    reportBuffer += chunk.toString("utf8");
    for (let newline = reportBuffer.indexOf("\n"); newline !== -1; newline = reportBuffer.indexOf("\n")) {
      const line = reportBuffer.slice(0, newline);
      reportBuffer = reportBuffer.slice(newline + 1);
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        state.forged ??= "an unreadable line arrived on the report channel";
        continue;
      }
      const record = parsed as { k?: unknown } & CheckerMessage;
      if (typeof parsed !== "object" || parsed === null || record.k !== token) {
        state.forged ??= "a report line without the checker's token arrived on the report channel";
        continue;
      }
      onMessage(record);
    }
  });
  stdin?.on("error", () => {
    // The checker ended before reading its job; its end is reported below.
  });

  const wallTimer = setTimeout(() => stop("wall"), limits.wallMs);
  const onAbort = () => stop("aborted");
  signal?.addEventListener("abort", onAbort, { once: true });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: string }>(
    (resolve) => {
      checker.on("error", (error) => resolve({ code: null, signal: null, error: error.message }));
      checker.on("close", (code, endSignal) => resolve({ code, signal: endSignal }));
    },
  );
  stdin?.end(
    JSON.stringify({
      token,
      spec: job.specSource,
      solution: job.solutionSource,
      exports: job.exports,
      checkTimeoutMs: limits.checkTimeoutMs,
      hostCommand: host.command,
      itemDir,
    }),
  );
  const end = await ended;
  clearTimeout(wallTimer);
  signal?.removeEventListener("abort", onAbort);
  killGroup(checker);
  await rm(itemDir, { recursive: true, force: true, maxRetries: 3 });
  if (state.stopReason === "aborted") signal?.throwIfAborted();

  const failure = itemFailure(state, end, limits);
  const plan = state.plan ?? [];
  const loaded = state.load?.ok === true;
  const checks: SandboxCheck[] = plan.map(
    (entry, index) =>
      state.checks.get(index) ?? {
        name: entry.name,
        passed: false,
        error: failure
          ? `not run: ${loaded ? "the item was stopped" : "the module did not load"} (${failure.type})`
          : "not run",
        ...(failure ? { failureType: failure.type } : {}),
      },
  );
  // A forged or incomplete report never passes: every planned check must have reported, and `done`.
  const allReported = plan.length > 0 && plan.every((_, index) => state.checks.has(index));
  const finalFailure: Failure | undefined =
    failure ??
    (loaded && !allReported
      ? { type: "crash", message: "the checker ended before every check of the spec reported" }
      : undefined);
  return {
    loaded,
    checks: finalFailure?.type === "sandbox_violation" && state.forged ? checks.map(failCheck) : checks,
    ...(finalFailure ? { failure: finalFailure } : {}),
    isolation: host.isolation,
    wallMs: Math.round(performance.now() - started),
    outputBytes: state.outputBytes,
    processes: 1,
    ...(state.done && state.cpuMs !== undefined && !failure ? { cpuMs: state.cpuMs } : {}),
  };
}

function failCheck(check: SandboxCheck): SandboxCheck {
  return { ...check, passed: false, failureType: "sandbox_violation" };
}

type ItemState = {
  plan: unknown;
  specError: string | undefined;
  load: { ok: boolean; type?: string; message?: string } | undefined;
  done: boolean;
  forged: string | undefined;
  stopReason: string | undefined;
  stderrTail: string;
};

/** Why the item as a whole failed, if it did, from the reports and how the checker ended. */
function itemFailure(
  state: ItemState,
  end: { code: number | null; signal: NodeJS.Signals | null; error?: string },
  limits: SandboxLimits,
): Failure | undefined {
  if (state.forged)
    return { type: "sandbox_violation", message: `report channel tampered with: ${state.forged}` };
  if (state.stopReason === "wall") {
    return {
      type: "timeout",
      message: `the item ran longer than its wall-clock limit of ${limits.wallMs} ms`,
    };
  }
  if (state.stopReason === "output_limit" || state.stopReason === "report_limit") {
    return { type: "output_limit", message: `the item printed more than ${limits.outputBytes} bytes` };
  }
  if (state.specError !== undefined) {
    return { type: "spec_error", message: `the spec did not load: ${state.specError}` };
  }
  if (state.load && !state.load.ok) {
    return {
      type: asFailureType(state.load.type ?? "crash"),
      message: String(state.load.message ?? "the module did not load"),
    };
  }
  if (!state.done) {
    const how = end.error
      ? `could not start (${end.error})`
      : end.signal
        ? `was killed by ${end.signal}`
        : `exited with code ${end.code}`;
    const tail = lastLine(state.stderrTail);
    return { type: "crash", message: `the Python checker ${how}${tail ? `: ${tail}` : ""}` };
  }
  return undefined;
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

function lastLine(stderr: string): string {
  const last =
    stderr
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .pop() ?? "";
  return last.length > 300 ? `${last.slice(0, 300)}…` : last;
}
