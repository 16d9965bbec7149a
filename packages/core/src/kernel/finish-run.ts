// The end of a run's session: read the results back from the journal, decide the run's status, write
// run.json atomically and update the results index (unless a resume found the run already completed),
// and emit `run:end`. Also done when the session was interrupted or failed.
import type { RunEvent } from "../events/run-event.js";
import type { Clock } from "../plugin/services.js";
import { RUN_SCHEMA_VERSION, type Run } from "../results/run-schema.js";
import { indexEntryOf } from "../store/run-store.js";
import { summarizeRun } from "../summary/summarize-run.js";
import type { PreparedRun } from "./prepared-run.js";
import type { RunControl } from "./run-control.js";

/** What {@link finishRun} needs to know about the session that ends. */
export interface FinishContext {
  /** Whether the run was resumed (`--resume`). */
  resumed: boolean;
  /** How many items this session had to run. */
  pending: number;
  /** What went wrong in the session (undefined when nothing did): the run is then `failed`. */
  failure: unknown;
  /** When this session started (`clock.now()`). */
  sessionStart: number;
  control: RunControl;
  emit: (event: RunEvent) => void;
  clock: Clock;
}

/** The run's status: `failed` on a failure, else `completed`, `interrupted` (stopped) or `failed`. */
function statusOf(failure: unknown, complete: boolean, stopped: boolean): Run["status"] {
  return failure ? "failed" : complete ? "completed" : stopped ? "interrupted" : "failed";
}

/**
 * Writes the run's run.json and its results index entry, emits `run:end`, and returns the run. A
 * resumed run that was completed already and had nothing to do is returned as it was, not rewritten.
 * @throws errors writing run.json or the index (`run:end` is then not emitted)
 */
export async function finishRun(prepared: PreparedRun, finish: FinishContext): Promise<Run> {
  const { plan, store } = prepared;
  const { clock, emit } = finish;
  // This session's results, read back from the journal (the last line of each key wins).
  const appended = store.readJournalFrom(prepared.journalStart);
  const items = plan.items.flatMap((item) => {
    const result = appended.get(item.key) ?? prepared.earlier.get(item.key);
    return result ? [result] : [];
  });
  appended.clear();
  const complete = items.length === plan.items.length;
  const status = statusOf(finish.failure, complete, finish.control.stopped);
  const endedAt = new Date(clock.now()).toISOString();
  const alreadyDone =
    finish.resumed &&
    finish.pending === 0 &&
    prepared.copied === 0 &&
    prepared.previousRun?.status === "completed";
  const run: Run = alreadyDone
    ? prepared.previousRun!
    : {
        schemaVersion: RUN_SCHEMA_VERSION,
        runId: store.runId,
        status,
        startedAt: plan.createdAt,
        endedAt,
        durationMs: prepared.previousDurationMs + Math.max(0, clock.now() - finish.sessionStart),
        simulated: plan.simulated,
        environment: plan.environment,
        plugins: plan.plugins,
        ...(plan.rerun ? { provenance: { kind: "rerun" as const, fromRuns: [plan.rerun.fromRun] } } : {}),
        // pass@2 and the cost of repair whenever the plan had repair on, even if no item needed it.
        summary: summarizeRun(items, { repair: plan.config.repair !== undefined }),
        items,
      };
  if (!alreadyDone) {
    await store.writeRun(run);
    await store.updateIndex(indexEntryOf(run, plan.items.length));
  }
  emit({
    type: "run:end",
    time: endedAt,
    runId: store.runId,
    status: run.status,
    summary: run.summary,
    runDir: store.dir,
  });
  return run;
}
