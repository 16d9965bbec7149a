// `benchloop run` from start to end: build (or reload) the plan, write plan.json, copy rerun facts,
// run the pending items through the kernel with the journal appended per item, then write run.json
// atomically and update the results index — also when interrupted. Nothing is written before the plan
// is known to be runnable.
//
// The parts: `start-run.ts` (a new run or rerun), `resume-run.ts` (a resumed run), `run-session.ts`
// (this session's items through the kernel), `finish-run.ts` (run.json, the index, `run:end`).
import { SILENT_LOGGER, SYSTEM_CLOCK } from "../plugin/services.js";
import { openConfiguredExecutor } from "./executor-scope.js";
import { finishRun } from "./finish-run.js";
import { resumeRun } from "./resume-run.js";
import type { RunBenchmarkOptions, RunOutcome } from "./run-benchmark-options.js";
import { createRunControl } from "./run-control.js";
import { runSession } from "./run-session.js";
import { startNewRun } from "./start-run.js";

export type { RunBenchmarkOptions, RunOutcome } from "./run-benchmark-options.js";

/**
 * Runs a benchmark: a new run, a resumed one (`resume`), or a rerun (`rerun`). Resolves when run.json is
 * written — `status: "interrupted"` after `control.stop()`.
 * @throws the planning errors of `buildPlan` (then nothing is written), RUN_NOT_FOUND, RUN_LOCKED,
 * RUN_NOT_RESUMABLE, and errors writing the results (run.json is then written with status `failed`)
 */
export async function runBenchmark(options: RunBenchmarkOptions): Promise<RunOutcome> {
  const logger = options.logger ?? SILENT_LOGGER;
  const opened = await openConfiguredExecutor(options, logger);
  if (!opened) return runWith(options);
  try {
    return await runWith({ ...options, executor: opened });
  } finally {
    await opened.close?.();
  }
}

async function runWith(options: RunBenchmarkOptions): Promise<RunOutcome> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const logger = options.logger ?? SILENT_LOGGER;
  const emit = options.onEvent ?? (() => undefined);
  const sessionStart = clock.now();
  const prepared = options.resume
    ? await resumeRun(options, clock, logger)
    : await startNewRun(options, clock, logger);
  const { plan, store, scope, have } = prepared;
  const control = options.control ?? createRunControl();
  const pending = plan.items.flatMap((item, index) => (have.has(item.key) ? [] : [index]));

  const session = await runSession(options, prepared, { pending, control, emit, clock, logger });
  let failure = session.failure;
  const indexing = await prepared.indexed;
  if (indexing && failure === undefined) failure = indexing.error;

  try {
    const run = await finishRun(prepared, {
      resumed: Boolean(options.resume),
      pending: pending.length,
      failure,
      sessionStart,
      control,
      emit,
      clock,
    });
    if (failure) throw failure;
    return {
      runId: store.runId,
      dir: store.dir,
      status: run.status,
      run,
      plan,
      executed: session.executed,
      copied: prepared.copied,
      recovered: prepared.recovered,
      dropped: prepared.dropped,
      maxInFlight: session.outcome?.maxInFlight ?? 0,
      maxInFlightByHarness: session.outcome?.maxInFlightByHarness ?? {},
    };
  } finally {
    prepared.unlock();
    if (prepared.ownScope) await scope.dispose();
  }
}
