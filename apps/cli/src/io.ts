// Where the CLI writes: injectable so tests capture output without spawning.

/** Output streams and terminal facts of one CLI invocation. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (live progress, widths). */
  isTty: boolean;
  columns: number;
}

/** The process's own stdout and stderr. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns ?? 120,
  };
}
