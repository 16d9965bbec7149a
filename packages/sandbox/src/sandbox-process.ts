// One sandbox process: its own temp folder, the child started (possibly long before its job), the
// job handed over on stdin behind the process's report tokens, the runner's authenticated report lines
// read from fd 3 (a forged one stops the process), output counted, and the folder removed once the
// process is gone.
import { type ChildProcess, spawn } from "node:child_process";
import { chownSync, mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { constants as osConstants, setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import type { LaunchCommand } from "./isolation.js";
import { createReportTokens, frameRunnerInput, ReportReader } from "./report-channel.js";

/** What the parent sends: the runner's job (see runner/sandbox-runner.cjs). */
export interface RunnerJob {
  solution: { code: string } | { failure: { type: string; message: string } };
  spec: { code: string };
  exports: string[];
  checkTimeoutMs: number;
  startAt: number;
}

/** One line the runner reports on fd 3. */
export type RunnerMessage =
  | { t: "plan"; checks: Array<{ name: string; timeoutMs: number }> }
  | { t: "spec_error"; message: string }
  | { t: "phase"; phase: "load" }
  | { t: "load"; ok: true }
  | { t: "load"; ok: false; type: string; message: string }
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
  | { t: "recycle"; next: number; leftover: string }
  | { t: "done"; cpuMs?: number }
  | { t: "runner_error"; message: string };

/** How a process ended, as far as the parent can tell. */
export interface ProcessEnd {
  /** A signal that ended Node (also when a shell reported it as exit code 128+N). */
  signal: NodeJS.Signals | undefined;
  code: number | null;
  /** Set when the parent stopped the process, and why. */
  stoppedBecause: string | undefined;
  /** Set when a line on the report channel was not the runner's: what was wrong with it. */
  forgedReport: string | undefined;
}

/** Report lines past this size mean a runaway or hostile child; it is stopped. */
const MAX_REPORT_BYTES = 32 * 1024 * 1024;
/** How much of stderr is kept to explain a crash. */
const STDERR_TAIL_BYTES = 2_000;

/** A started sandbox process waiting for, or running, its one job. */
export class SandboxProcess {
  readonly itemDir: string;
  readonly launch: LaunchCommand;
  /** Bytes printed on stdout and stderr. */
  outputBytes = 0;
  /** Fires once when the process has ended and every report line has been read. */
  readonly ended: Promise<ProcessEnd>;
  private readonly child: ChildProcess;
  private stderrTail = "";
  private reportReader: ReportReader | undefined;
  /** Report bytes that arrived before the job was sent; the runner writes none, so any is forged. */
  private earlyReportBytes = 0;
  private reportBytes = 0;
  private stoppedBecause: string | undefined;
  private hasEnded = false;
  private messageListener: ((message: RunnerMessage) => void) | undefined;
  private outputListener: ((totalBytes: number) => void) | undefined;

  /** Creates the item folder and starts the process; the job comes later through {@link start}. */
  constructor(launchFor: (itemDir: string) => LaunchCommand, tempDir: string = tmpdir()) {
    this.itemDir = mkdtempSync(join(tempDir, "benchloop-sandbox-"));
    const launch = launchFor(this.itemDir);
    this.launch = launch;
    if (launch.chownTo !== undefined) chownSync(this.itemDir, launch.chownTo, launch.chownTo);
    this.child = spawn(launch.command, launch.args, {
      cwd: this.itemDir,
      env: { TZ: "UTC" },
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      // A process of its own group: nothing it does can signal benchloop's group.
      detached: true,
    });
    const [stdin, stdout, stderr, reports] = this.child.stdio;
    // A warm process must not keep benchloop alive; it is referenced again once someone waits on it.
    this.setReferenced(false);
    stdin?.on("error", () => {
      // The process ended before reading its job; `ended` reports it.
    });
    stdout?.on("data", (chunk: Buffer) => this.countOutput(chunk));
    stderr?.on("data", (chunk: Buffer) => {
      this.countOutput(chunk);
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-STDERR_TAIL_BYTES);
    });
    reports?.on("data", (chunk: Buffer) => this.readReports(chunk));
    this.ended = new Promise((resolve) => {
      this.child.on("error", (error) => {
        this.stoppedBecause ??= `could not start: ${error.message}`;
        // A process that never started emits no "close".
        if (this.child.pid === undefined && !this.hasEnded) {
          this.hasEnded = true;
          resolve(this.describeEnd(null, null));
        }
      });
      this.child.on("close", (code, signal) => {
        this.hasEnded = true;
        this.reportReader?.finish(this.stoppedBecause !== undefined && this.stoppedBecause !== "done");
        resolve(this.describeEnd(code, signal));
      });
    });
  }

  /** Whether the process is still there to take a job. */
  get alive(): boolean {
    return !this.hasEnded && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last part of what the process wrote to stderr. */
  get stderr(): string {
    return this.stderrTail;
  }

  /** Hands the job over; messages arrive through `onMessage`, output totals through `onOutput`. */
  start(
    job: RunnerJob,
    listeners: { onMessage: (message: RunnerMessage) => void; onOutput: (totalBytes: number) => void },
  ): void {
    this.setReferenced(true);
    if (this.launch.niced) this.raisePriority();
    this.messageListener = listeners.onMessage;
    this.outputListener = listeners.onOutput;
    const tokens = createReportTokens();
    this.reportReader = new ReportReader(tokens);
    this.child.stdin?.end(frameRunnerInput(tokens, job));
  }

  /** Kills the process (and, through the namespace, everything in it), remembering why. */
  stop(reason: string): void {
    this.stoppedBecause ??= reason;
    if (this.hasEnded) return;
    // The whole process group: `unshare`, the shell and Node (a namespace's init may have dropped the
    // parent-death signal when it changed user, so killing `unshare` alone is not enough).
    try {
      if (this.child.pid !== undefined) globalThis.process.kill(-this.child.pid, "SIGKILL");
    } catch {
      try {
        this.child.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }

  /** Kills the process if needed, waits for it to end, and removes its folder. */
  async dispose(): Promise<void> {
    this.setReferenced(true);
    this.stop("disposed");
    await this.ended;
    await rm(this.itemDir, { recursive: true, force: true, maxRetries: 3 });
  }

  /**
   * Gives the process and everything it started (`unshare`, the shell, Node) normal priority again.
   * Best effort: a process that cannot be found or changed keeps its low priority.
   */
  private raisePriority(): void {
    const pending = this.child.pid === undefined ? [] : [this.child.pid];
    for (let visited = 0; pending.length > 0 && visited < 8; visited++) {
      const pid = pending.shift() as number;
      try {
        setPriority(pid, 0);
        const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
        if (children !== "") pending.push(...children.split(" ").map(Number));
      } catch {
        // Gone already, or /proc without child lists.
      }
    }
  }

  private setReferenced(referenced: boolean): void {
    if (referenced) this.child.ref();
    else this.child.unref();
    for (const stream of this.child.stdio) {
      const handle = stream as unknown as { ref?: () => void; unref?: () => void } | null;
      if (referenced) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  private countOutput(chunk: Buffer): void {
    this.outputBytes += chunk.length;
    this.outputListener?.(this.outputBytes);
  }

  private readReports(chunk: Buffer): void {
    this.reportBytes += chunk.length;
    if (this.reportBytes > MAX_REPORT_BYTES) {
      this.stop("report_limit");
      return;
    }
    const reader = this.reportReader;
    if (!reader) {
      this.earlyReportBytes += chunk.length;
      return;
    }
    const { messages, forgery } = reader.push(chunk);
    for (const message of messages) this.messageListener?.(message as RunnerMessage);
    if (forgery !== undefined) this.stop("forged_report");
  }

  private describeEnd(code: number | null, signal: NodeJS.Signals | null): ProcessEnd {
    let endSignal = signal ?? undefined;
    if (!endSignal && this.launch.viaShell && code !== null && code > 128) {
      endSignal = signalName(code - 128);
    }
    const forgedReport =
      this.reportReader?.forgery ??
      (this.earlyReportBytes > 0
        ? `${this.earlyReportBytes} bytes were written to the report channel before the job was sent`
        : undefined);
    return { signal: endSignal, code, stoppedBecause: this.stoppedBecause, forgedReport };
  }
}

function signalName(number: number): NodeJS.Signals | undefined {
  for (const [name, value] of Object.entries(osConstants.signals)) {
    if (value === number) return name as NodeJS.Signals;
  }
  return undefined;
}
