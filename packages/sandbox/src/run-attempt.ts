// One attempt at an item in one sandbox process: hands the job over, follows the runner's reports,
// and stops the process when a phase overruns its time, the item its wall clock, or the output its cap.

import type { ProcessEnd, RunnerJob, RunnerMessage, SandboxProcess } from "./sandbox-process.js";
import type { SandboxLimits } from "./sandbox-types.js";

/** Extra time the parent gives a check before killing its process, so the runner's own timeout wins when it can. */
const KILL_GRACE_MS = 100;

/** A check result as the runner reported it. */
export type ReportedCheck = Extract<RunnerMessage, { t: "check" }> & { durationMs: number };

/** Why the parent stopped a process. */
export type StopReason =
  | "load_timeout"
  | "check_timeout"
  | "wall"
  | "output_limit"
  | "report_limit"
  | "forged_report"
  | "aborted";

/** Everything one process reported before it ended. */
export interface AttemptReport {
  plan: Array<{ name: string; timeoutMs: number }> | undefined;
  specError: string | undefined;
  load: Extract<RunnerMessage, { t: "load" }> | undefined;
  checks: Map<number, ReportedCheck>;
  /** What was running when the process ended, if anything. */
  running: { phase: "load" } | { phase: "check"; index: number; startedAt: number } | undefined;
  done: boolean;
  /** CPU time the process reported using, when it finished its job. */
  cpuMs: number | undefined;
  runnerError: string | undefined;
  end: ProcessEnd;
  /** Set when the parent stopped the process on purpose. */
  stopReason: StopReason | undefined;
  /** Set when something other than the runner wrote to the report channel: what was found. */
  forgedReport: string | undefined;
  /** Set when the runner ended the process after a check that left work running, to resume fresh. */
  recycled: string | undefined;
}

/** Options of {@link runAttempt}. */
export interface RunAttemptOptions {
  limits: SandboxLimits;
  /** `performance.now()` value at which the item's wall clock runs out. */
  deadline: number;
  /** Output bytes this process may still print. */
  outputBudget: number;
  signal: AbortSignal | undefined;
}

/**
 * Runs the job in the process and resolves once the process has ended. The job is handed over
 * synchronously, so the caller can do other work while the child runs.
 */
export function runAttempt(
  process: SandboxProcess,
  job: RunnerJob,
  options: RunAttemptOptions,
): Promise<AttemptReport> {
  const report: Omit<AttemptReport, "end" | "stopReason" | "forgedReport"> = {
    plan: undefined,
    specError: undefined,
    load: undefined,
    checks: new Map(),
    running: undefined,
    done: false,
    cpuMs: undefined,
    runnerError: undefined,
    recycled: undefined,
  };
  let phaseTimer: NodeJS.Timeout | undefined;
  const clearPhaseTimer = () => {
    if (phaseTimer) clearTimeout(phaseTimer);
    phaseTimer = undefined;
  };
  const armPhaseTimer = (timeoutMs: number, reason: StopReason) => {
    clearPhaseTimer();
    phaseTimer = setTimeout(() => process.stop(reason), timeoutMs + KILL_GRACE_MS);
  };
  const wallTimer = setTimeout(() => process.stop("wall"), Math.max(0, options.deadline - performance.now()));
  const onAbort = () => process.stop("aborted");
  options.signal?.addEventListener("abort", onAbort, { once: true });

  const onMessage = (message: RunnerMessage) => {
    switch (message.t) {
      case "plan":
        report.plan = message.checks;
        break;
      case "spec_error":
        report.specError = message.message;
        break;
      case "phase":
        report.running = { phase: "load" };
        armPhaseTimer(options.limits.checkTimeoutMs, "load_timeout");
        break;
      case "load":
        clearPhaseTimer();
        report.running = undefined;
        report.load = message;
        break;
      case "start":
        report.running = { phase: "check", index: message.i, startedAt: performance.now() };
        armPhaseTimer(report.plan?.[message.i]?.timeoutMs ?? options.limits.checkTimeoutMs, "check_timeout");
        break;
      case "check": {
        clearPhaseTimer();
        const startedAt = report.running?.phase === "check" ? report.running.startedAt : performance.now();
        report.checks.set(message.i, { ...message, durationMs: Math.round(performance.now() - startedAt) });
        report.running = undefined;
        break;
      }
      case "done":
        clearPhaseTimer();
        report.done = true;
        report.cpuMs = message.cpuMs;
        process.stop("done");
        break;
      case "recycle":
        report.recycled = message.leftover;
        break;
      case "runner_error":
        report.runnerError = message.message;
        break;
    }
  };
  const onOutput = (totalBytes: number) => {
    if (totalBytes > options.outputBudget) process.stop("output_limit");
  };
  if (options.signal?.aborted) process.stop("aborted");
  else process.start(job, { onMessage, onOutput });

  return process.ended.then((end) => {
    clearPhaseTimer();
    clearTimeout(wallTimer);
    options.signal?.removeEventListener("abort", onAbort);
    const stopReason =
      end.stoppedBecause === "done" ? undefined : (end.stoppedBecause as StopReason | undefined);
    if (end.forgedReport !== undefined) {
      return { ...report, done: false, end, stopReason: "forged_report", forgedReport: end.forgedReport };
    }
    return { ...report, end, stopReason: report.done ? undefined : stopReason, forgedReport: undefined };
  });
}
