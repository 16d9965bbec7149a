// Scores one item: transpiles in the parent, runs the spec in as many fresh sandbox processes as it
// takes (a check that hangs or blows up is killed and the rest resume in a new process), and turns
// what the processes reported into a SandboxResult with a failure class.

import { asFailureType } from "./failure-type.js";
import { type AttemptReport, type ReportedCheck, runAttempt } from "./run-attempt.js";
import type { RunnerJob, SandboxProcess } from "./sandbox-process.js";
import type {
  SandboxCheck,
  SandboxFailureType,
  SandboxIsolation,
  SandboxJob,
  SandboxLimits,
  SandboxResult,
} from "./sandbox-types.js";
import { transpileToCommonJs } from "./transpile.js";
import { checkAgainstInterface } from "./type-check.js";

/** What {@link runItem} needs from the pool. */
export interface RunItemContext {
  limits: SandboxLimits;
  /** A fresh process for these limits (warm when the pool has one). */
  takeProcess: (limits: SandboxLimits) => SandboxProcess;
  /** Takes a finished process; its folder is removed in the background. */
  release: (process: SandboxProcess) => void;
  /** The isolation processes get here, for items that never start one. */
  isolation: SandboxIsolation;
  signal: AbortSignal | undefined;
}

type Failure = { type: SandboxFailureType; message: string };

/**
 * Runs one job to its result. Rejects only when the signal aborts.
 */
export async function runItem(job: SandboxJob, context: RunItemContext): Promise<SandboxResult> {
  const started = performance.now();
  const { limits, signal } = context;
  const deadline = started + limits.wallMs;
  const finish = (
    partial: Pick<SandboxResult, "loaded" | "checks"> &
      Partial<Pick<SandboxResult, "failure" | "typeCheck" | "isolation" | "cpuMs">> & {
        outputBytes?: number;
        processes?: number;
      },
  ): SandboxResult => ({
    loaded: partial.loaded,
    checks: partial.checks,
    ...(partial.typeCheck ? { typeCheck: partial.typeCheck } : {}),
    ...(partial.failure ? { failure: partial.failure } : {}),
    isolation: partial.isolation ?? context.isolation,
    wallMs: Math.round(performance.now() - started),
    outputBytes: partial.outputBytes ?? 0,
    processes: partial.processes ?? 0,
    ...(partial.cpuMs !== undefined ? { cpuMs: partial.cpuMs } : {}),
  });

  const spec = await transpileToCommonJs(job.specSource, "typescript", "spec");
  if (!spec.ok) {
    return finish({
      loaded: false,
      checks: [],
      failure: { type: "spec_error", message: `the spec does not parse: ${spec.message}` },
    });
  }
  const solution = await transpileToCommonJs(job.solutionSource, job.solutionLanguage, "solution");
  const solutionPayload: RunnerJob["solution"] = solution.ok
    ? { code: solution.code }
    : { failure: { type: "syntax", message: `the module does not parse: ${solution.message}` } };

  let plan: Array<{ name: string; timeoutMs: number }> | undefined;
  const checks = new Map<number, SandboxCheck>();
  let loaded = false;
  let failure: Failure | undefined;
  let typeCheckRun: Promise<SandboxCheck> | undefined;
  let isolation: SandboxIsolation | undefined;
  let outputBytes = 0;
  let processes = 0;
  let startAt = 0;
  let cpuMs: number | undefined = 0;
  let forged = false;

  for (;;) {
    signal?.throwIfAborted();
    const process = context.takeProcess(limits);
    processes++;
    isolation ??= process.launch.isolation;
    const attempt = runAttempt(
      process,
      {
        solution: solutionPayload,
        spec: { code: spec.code },
        exports: job.exports,
        checkTimeoutMs: limits.checkTimeoutMs,
        startAt,
      },
      { limits, deadline, outputBudget: limits.outputBytes - outputBytes, signal },
    );
    // The child runs while the type-check worker checks the module; the parent's thread stays free.
    if (job.interfaceSource !== undefined && typeCheckRun === undefined) {
      typeCheckRun = checkAgainstInterface(job.solutionSource, job.solutionLanguage, job.interfaceSource);
    }
    const report = await attempt;
    outputBytes += process.outputBytes;
    context.release(process);
    cpuMs =
      report.done && report.cpuMs !== undefined && cpuMs !== undefined ? cpuMs + report.cpuMs : undefined;
    if (report.stopReason === "aborted") signal?.throwIfAborted();

    plan ??= report.plan;
    if (report.forgedReport !== undefined) {
      // The code wrote to the channel only the runner may use: nothing this item reported is believed.
      failure = {
        type: "sandbox_violation",
        message: `the code under test wrote to the sandbox's report channel (${report.forgedReport}); every check of the item fails`,
      };
      checks.clear();
      forged = true;
      loaded = report.load?.ok === true || loaded;
      break;
    }
    for (const [index, reported] of report.checks) {
      checks.set(index, toCheck(plan?.[index]?.name ?? `check ${index + 1}`, reported));
    }
    if (report.specError) {
      failure = { type: "spec_error", message: report.specError };
      break;
    }
    if (report.load) {
      loaded = report.load.ok;
      if (!report.load.ok) failure = { type: asFailureType(report.load.type), message: report.load.message };
    }
    if (plan && plan.length === 0 && !failure) {
      failure = { type: "spec_error", message: "the spec registers no checks (no `it` or `test`)" };
    }
    if (report.done && plan && !failure) {
      const missing = plan.length - checks.size;
      if (missing > 0) {
        failure = {
          type: "crash",
          message: `the sandbox runner finished with ${missing} of ${plan.length} checks unreported`,
        };
      }
    }
    if (report.done || failure) break;

    const cause = causeOfEnd(report, limits, process.stderr);
    const running = report.running;
    if (!plan || running?.phase === "load" || (startAt === 0 && !report.load)) {
      // Died or was stopped before the module was known to load: the item fails as a whole.
      failure = cause;
      loaded = false;
      break;
    }
    if (running?.phase === "check") {
      checks.set(running.index, {
        name: plan[running.index]?.name ?? `check ${running.index + 1}`,
        passed: false,
        error: cause.message,
        failureType: cause.type,
        durationMs: Math.round(performance.now() - running.startedAt),
      });
    }
    if (itemStops(report) || (running === undefined && report.checks.size === 0)) {
      // Stopped for the whole item, or a resumed process died without getting anywhere.
      failure = cause;
      break;
    }
    const next = firstUnreported(plan.length, checks);
    if (next === undefined) break;
    startAt = next;
  }

  const typeCheck = await typeCheckRun;
  const planned = plan ?? [];
  const allChecks: SandboxCheck[] = planned.map(
    (entry, index) =>
      checks.get(index) ?? {
        name: entry.name,
        passed: false,
        error: failure
          ? forged
            ? "void: the item wrote to the sandbox's report channel (sandbox_violation)"
            : `not run: ${loaded ? "the item was stopped" : "the module did not load"} (${failure.type})`
          : "not run",
        ...(failure ? { failureType: failure.type } : {}),
      },
  );
  return finish({
    loaded,
    checks: allChecks,
    ...(failure ? { failure } : {}),
    ...(typeCheck ? { typeCheck } : {}),
    ...(isolation ? { isolation } : {}),
    outputBytes,
    processes,
    ...(cpuMs !== undefined ? { cpuMs } : {}),
  });
}

function toCheck(name: string, reported: ReportedCheck): SandboxCheck {
  const check: SandboxCheck = { name, passed: reported.passed };
  if ("expected" in reported) check.expected = reported.expected;
  if ("actual" in reported) check.actual = reported.actual;
  if (reported.error !== undefined) check.error = reported.error;
  if (reported.failureType !== undefined) check.failureType = asFailureType(reported.failureType);
  check.durationMs = reported.durationMs;
  return check;
}

/** Stops that end the whole item rather than one check. */
function itemStops(report: AttemptReport): boolean {
  return (
    report.stopReason === "wall" ||
    report.stopReason === "output_limit" ||
    report.stopReason === "report_limit"
  );
}

function firstUnreported(total: number, checks: Map<number, SandboxCheck>): number | undefined {
  for (let index = 0; index < total; index++) if (!checks.has(index)) return index;
  return undefined;
}

/** The failure class and words for a process that ended before finishing, from how it ended. */
function causeOfEnd(report: AttemptReport, limits: SandboxLimits, stderr: string): Failure {
  const { end, stopReason } = report;
  const where = report.running?.phase === "load" ? "the module" : "the check";
  const when =
    report.running?.phase === "load"
      ? "while the module loaded"
      : report.running?.phase === "check"
        ? "during a check"
        : "outside any check";
  switch (stopReason) {
    case "load_timeout":
      return {
        type: "timeout",
        message: `the module did not finish loading within ${limits.checkTimeoutMs} ms; its process was stopped`,
      };
    case "check_timeout":
      return {
        type: "timeout",
        message: `the check did not finish within ${report.running?.phase === "check" ? (report.plan?.[report.running.index]?.timeoutMs ?? limits.checkTimeoutMs) : limits.checkTimeoutMs} ms; its process was stopped`,
      };
    case "wall":
      return {
        type: "timeout",
        message: `the item ran longer than its wall-clock limit of ${limits.wallMs} ms`,
      };
    case "output_limit":
    case "report_limit":
      return { type: "output_limit", message: `the item printed more than ${limits.outputBytes} bytes` };
    default:
      break;
  }
  if (end.stoppedBecause?.startsWith("could not start")) {
    return { type: "crash", message: `the sandbox process ${end.stoppedBecause}` };
  }
  const tail = report.runnerError ?? lastLine(stderr);
  switch (end.signal) {
    case "SIGABRT":
    case "SIGKILL":
      return { type: "memory", message: `${where} ran out of memory (limit ${limits.memoryMb} MB)` };
    case "SIGXCPU":
      return { type: "timeout", message: `${where} used more than its CPU time limit of ${limits.cpuMs} ms` };
    default:
      break;
  }
  const how = end.signal ? `was killed by ${end.signal}` : `exited with code ${end.code}`;
  return { type: "crash", message: `the sandbox process ${how} ${when}${tail ? `: ${tail}` : ""}` };
}

/** The last non-empty line of what the process wrote to stderr, shortened. */
function lastLine(stderr: string): string {
  const lines = stderr.split("\n").map((line) => line.trim());
  const last = lines.filter((line) => line !== "").pop() ?? "";
  return last.length > 300 ? `${last.slice(0, 300)}…` : last;
}
