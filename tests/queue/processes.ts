// The processes of a distributed run, started the way a user starts them: `benchloop sim` (serving only
// some models), `benchloop worker` beside it, a real redis-server; each collects what it printed.
import { execa, type ResultPromise } from "execa";
import { CLI_MAIN } from "../helpers/cli.js";

/** A long-running `benchloop` child and everything it printed so far. */
export interface Daemon {
  output(): string;
  /** Resolves when the output matches `pattern` (rejects when the process ends first). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM (or `signal`), then waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  pid: number;
}

/** Starts `benchloop <args>` in `cwd` and keeps it running. */
export function startDaemon(args: string[], cwd: string, env: Record<string, string> = {}): Daemon {
  const child: ResultPromise = execa("node", [CLI_MAIN, ...args], {
    cwd,
    env: { NO_COLOR: "1", ...env },
    reject: false,
    all: true,
  });
  let text = "";
  child.all?.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  let ended = false;
  void child.then(() => {
    ended = true;
  });
  return {
    pid: child.pid ?? -1,
    output: () => text,
    async waitFor(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = text.match(pattern);
        if (match) return match;
        if (ended) throw new Error(`benchloop ${args[0]} ended before printing ${pattern}:\n${text}`);
        if (Date.now() > deadline) throw new Error(`benchloop ${args[0]} did not print ${pattern}:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop(signal = "SIGTERM") {
      if (ended) return;
      child.kill(signal);
      await child;
    },
  };
}

/** Starts `benchloop sim` on a free port serving `models`; resolves with its URL once it listens. */
export async function startSimulator(
  cwd: string,
  options: { models?: string[]; latencyScale?: number } = {},
): Promise<{ url: string; daemon: Daemon }> {
  const args = ["sim", "--port", "0", "--latency-scale", String(options.latencyScale ?? 0)];
  if (options.models) args.push("--models", options.models.join(","));
  const daemon = startDaemon(args, cwd);
  const match = await daemon.waitFor(/listening on (http:\/\/\S+)/);
  return { url: match[1]!, daemon };
}

/** Starts `benchloop worker` beside the simulator at `ollamaUrl`; resolves once it serves. */
export async function startWorker(
  cwd: string,
  queue: string,
  ollamaUrl: string,
  options: { concurrency?: number; env?: Record<string, string>; expect?: RegExp } = {},
): Promise<Daemon> {
  const daemon = startDaemon(
    [
      "worker",
      "--queue",
      queue,
      "--ollama-url",
      ollamaUrl,
      "--concurrency",
      String(options.concurrency ?? 2),
    ],
    cwd,
    options.env,
  );
  await daemon.waitFor(options.expect ?? / serves ollama/);
  return daemon;
}
