// Where the CLI writes: injectable so tests capture output without spawning.

/** Output streams and terminal facts of one CLI invocation. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (live progress, widths). */
  isTty: boolean;
  columns: number;
}

/**
 * The process's own stdout and stderr. When the reader of stdout goes away (`benchloop run --json |
 * head`), further output is dropped instead of failing the command: a run in progress still finishes
 * and records its results.
 */
export function processIo(): CliIo {
  let stdoutClosed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    stdoutClosed = true;
  });
  return {
    out: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    err: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns ?? 120,
  };
}
