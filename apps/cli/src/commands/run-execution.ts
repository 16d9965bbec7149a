// Runs a plan with the CLI's progress output and Ctrl-C handling: what `run` and `dev-cycle` share.
import {
  benchmarkInputOf,
  createLineProgress,
  createRunControl,
  DEFAULT_GRACE_MS,
  formatDuration,
  type PlanFilters,
  type RerunMode,
  type RunEvent,
  type RunOutcome,
  runBenchmark,
} from "@benchloop/core";
import type { CliApp } from "../app.js";
import type { CommandContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { createProgressBar } from "../output/progress-bar.js";
import { createNdjsonProgress } from "../output/progress-ndjson.js";

/** Options of {@link executeRun}. */
export interface ExecuteRunOptions {
  /** progress: a bar on a terminal, else a line per item; json: NDJSON events; quiet: nothing. */
  output: "progress" | "json" | "quiet";
  /** After the first Ctrl-C, how long items in flight may finish. */
  graceSeconds?: number;
  filters?: PlanFilters;
  resume?: string;
  rerun?: { mode: RerunMode; from: string };
  /** Called with the run folder once the run has started (it exists then). */
  onStart?(runDir: string): void;
}

/**
 * Runs the benchmark in the command's context, printing progress. The first Ctrl-C stops starting
 * items, the second aborts those in flight; a run recorded as interrupted sets exit code 130.
 * @throws what {@link runBenchmark} throws (no harness, unknown names, locked run …)
 */
export async function executeRun(
  app: CliApp,
  ctx: CommandContext,
  options: ExecuteRunOptions,
): Promise<RunOutcome> {
  const graceMs = options.graceSeconds !== undefined ? options.graceSeconds * 1000 : DEFAULT_GRACE_MS;
  const control = createRunControl({ graceMs });
  const bar = options.output === "progress" && app.io.isTty ? createProgressBar() : undefined;
  const printEvent: (event: RunEvent) => void =
    options.output === "json"
      ? createNdjsonProgress(app.io.out)
      : options.output === "quiet"
        ? () => undefined
        : (bar?.onEvent ?? createLineProgress(app.io.out));
  const onEvent = (event: RunEvent) => {
    if (event.type === "run:start") options.onStart?.(event.runDir);
    printEvent(event);
  };
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1) {
      bar?.stop();
      app.io.err(
        `\nStopping: no new items; scoring in flight stops now (resume scores those answers from the cache); waiting up to ${formatDuration(graceMs, { compact: true })} for generations in flight. Press Ctrl-C again to abort them.\n`,
      );
      control.stop("Ctrl-C");
    } else {
      app.io.err("Aborting the items in flight; the run is recorded as interrupted.\n");
      control.abort("second Ctrl-C");
    }
  };
  process.on("SIGINT", onSigint);
  try {
    const outcome = await runBenchmark({
      ...(await benchmarkInputOf(ctx)),
      filters: options.filters,
      resume: options.resume,
      rerun: options.rerun,
      control,
      onEvent,
    });
    bar?.stop();
    for (const line of outcome.dropped)
      app.io.err(`warning items.jsonl line ${line.line} was dropped (${line.reason}); that item ran again\n`);
    // 130 says the run is unfinished: a Ctrl-C after which every item still ended (within the grace
    // period) leaves a completed run, and a completed run never exits 130.
    if (outcome.status === "interrupted") app.setExitCode(EXIT_CODES.interrupted);
    return outcome;
  } finally {
    bar?.stop();
    process.off("SIGINT", onSigint);
  }
}
