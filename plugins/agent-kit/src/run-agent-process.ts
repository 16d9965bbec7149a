// Runs one agent CLI as its own process group: prompt on stdin, output collected, a wall-time limit
// and the caller's abort both end the whole group (SIGTERM, then SIGKILL), and leftovers are killed.
import { spawn } from "node:child_process";

/** Options of {@link runAgentProcess}. */
export interface RunAgentProcessOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  /** The whole environment (nothing is inherited). */
  env: Record<string, string>;
  /** Written to stdin, which is then closed. */
  stdin?: string;
  /** Longest run in ms; then the process group is ended and `timedOut` is set. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called with the pid once the process started (for the resource sampler). */
  onPid?(pid: number): void;
  /** Output kept per stream; the rest is dropped and `outputTruncated` set. Default 32 MB. */
  maxOutputBytes?: number;
  /** Called with each stdout chunk as it arrives. */
  onStdout?(chunk: string): void;
  /** Grace between SIGTERM and SIGKILL in ms. Default 2000. */
  killGraceMs?: number;
}

/** How an agent process ended. */
export interface AgentProcessResult {
  exitCode: number | null;
  /** The signal that ended it, if any. */
  exitSignal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  aborted: boolean;
  outputTruncated: boolean;
  pid?: number;
  /** The process could not be started (ENOENT, EACCES …). */
  spawnError?: NodeJS.ErrnoException;
}

/** Starts the agent detached (its own process group) and waits until it and its output are done. */
export function runAgentProcess(options: RunAgentProcessOptions): Promise<AgentProcessResult> {
  const maxOutput = options.maxOutputBytes ?? 32 * 1024 * 1024;
  const grace = options.killGraceMs ?? 2_000;
  return new Promise((resolve) => {
    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const result: AgentProcessResult = {
      exitCode: null,
      exitSignal: null,
      stdout: "",
      stderr: "",
      timedOut: false,
      aborted: false,
      outputTruncated: false,
    };
    let killTimer: NodeJS.Timeout | undefined;
    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    const stop = () => {
      killGroup("SIGTERM");
      killTimer ??= setTimeout(() => killGroup("SIGKILL"), grace);
    };
    const deadline = setTimeout(() => {
      result.timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => {
      result.aborted = true;
      stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });

    if (child.pid !== undefined) {
      result.pid = child.pid;
      options.onPid?.(child.pid);
    }
    const keep = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      if (stream === "stdout") options.onStdout?.(text);
      if (result[stream].length + text.length > maxOutput) {
        result.outputTruncated = true;
        result[stream] += text.slice(0, Math.max(0, maxOutput - result[stream].length));
      } else {
        result[stream] += text;
      }
    };
    child.stdout.on("data", keep("stdout"));
    child.stderr.on("data", keep("stderr"));
    child.stdin.on("error", () => {
      // The agent may exit without reading its input.
    });
    child.stdin.end(options.stdin ?? "");

    child.on("error", (error: NodeJS.ErrnoException) => {
      result.spawnError = error;
    });
    child.on("exit", (code, signal) => {
      result.exitCode = code;
      result.exitSignal = signal;
      // Children the agent left behind (servers, shells) would keep the pipes open: end them.
      killGroup("SIGKILL");
    });
    child.on("close", () => {
      clearTimeout(deadline);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve(result);
    });
  });
}
