// What `runBenchmark` is given and what it gives back: the options of a run (new, resumed or rerun),
// its outcome, and where its results folder is.
import path from "node:path";
import type { Config } from "../config/config-schema.js";
import type { RunEvent } from "../events/run-event.js";
import type { PlanFilters } from "../plan/plan-filters.js";
import type { Plan, PluginRecord } from "../plan/plan-schema.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Clock, Logger } from "../plugin/services.js";
import type { Run } from "../results/run-schema.js";
import type { DroppedJournalLine } from "../store/item-journal.js";
import type { Executor } from "./executor.js";
import type { JudgeStage } from "./in-process-executor.js";
import type { RerunMode } from "./rerun-selection.js";
import type { RunControl } from "./run-control.js";

/** Options of `runBenchmark`. */
export interface RunBenchmarkOptions {
  config: Config;
  writtenConfig?: unknown;
  registry: Registry;
  /** The command's scope (components built with `config`). A resumed run opens its own with the plan's config. */
  scope: RegistryScope;
  cwd: string;
  plugins?: readonly PluginRecord[];
  filters?: PlanFilters;
  /** Finish an earlier run (id, path, `latest`, `latest~N`) instead of starting one. */
  resume?: string;
  /** Run again only what the rule selects from another run; copy the rest. */
  rerun?: { mode: RerunMode; from: string };
  executor?: Executor;
  judge?: JudgeStage;
  control?: RunControl;
  onEvent?(event: RunEvent): void;
  clock?: Clock;
  logger?: Logger;
  scoreConcurrency?: number;
  resourceIntervalMs?: number;
}

/** What a run did. */
export interface RunOutcome {
  runId: string;
  dir: string;
  status: Run["status"];
  run: Run;
  plan: Plan;
  /** Items executed in this session. */
  executed: number;
  /** Items copied from another run (rerun). */
  copied: number;
  /** Items recovered from the journal (resume). */
  recovered: number;
  /** Journal lines dropped while resuming (a torn last line after a crash). */
  dropped: DroppedJournalLine[];
  maxInFlight: number;
  maxInFlightByHarness: Record<string, number>;
}

/** The absolute results folder of the run's config (`resultsDir`, relative to `cwd`). */
export function resultsDirOf(options: RunBenchmarkOptions): string {
  return path.resolve(options.cwd, options.config.resultsDir);
}
