// Derived runs: runs made from another run's facts instead of by the kernel — `rescore` (answers scored
// again), `judge` (answers judged) and `import` (another tool's run). One module assembles them (run.json
// and plan.json with provenance) and writes their folders, so every derived run has the same shape and
// stays readable by show, compare and export.
import path from "node:path";
import { z } from "zod";
import { writeRunFolder } from "../import/write-run-folder.js";
import type { Plan, PluginRecord } from "../plan/plan-schema.js";
import type { ItemResult } from "../results/item-result.js";
import { RUN_SCHEMA_VERSION, type Run } from "../results/run-schema.js";
import { writeFileAtomic } from "../store/atomic-write.js";
import type { RunStore } from "../store/run-store.js";
import { summarizeRun } from "../summary/summarize-run.js";
import { JUDGE_REPORT_FILE, type JudgeReport, JudgeReportSchema } from "./judge-report.js";

/** The kinds of derived run. */
export const DERIVED_RUN_KINDS = ["rescore", "judge", "import"] as const;

/** What a derived run was made from: its kind, the runs it reads and, for imports, the tool. */
export const DerivedRunSchema = z
  .object({
    kind: z.enum(DERIVED_RUN_KINDS),
    fromRuns: z.array(z.string()).min(1),
    tool: z.string().optional(),
  })
  .strict();

/** Provenance of a derived run. */
export type DerivedRun = z.infer<typeof DerivedRunSchema>;

/** Options of {@link assembleDerivedRun}. */
export interface AssembleDerivedRunOptions {
  derived: DerivedRun;
  /** The new run's id. */
  runId: string;
  /** The run the items came from (its simulated flag and environment carry over). */
  source: Pick<Run, "simulated" | "environment">;
  /** The base plan: the source run's, or one rebuilt for it; its id, time and plugins are replaced. */
  plan: Plan;
  items: ItemResult[];
  /** The plugins loaded now, recorded in run.json and plan.json. */
  plugins: PluginRecord[];
  startedAt: number;
  endedAt: number;
  /** Plan fields the derivation changed (e.g. the tests scored again, the judge asked). */
  planChanges?: Partial<Pick<Plan, "tests" | "config" | "items">>;
}

/** A derived run, ready to write. */
export interface AssembledRun {
  run: Run;
  plan: Plan;
}

/**
 * Assembles the run.json and plan.json of a derived run: completed, summarized, with its provenance.
 * @throws a zod error when `derived` is not a valid provenance
 */
export function assembleDerivedRun(options: AssembleDerivedRunOptions): AssembledRun {
  const derived = DerivedRunSchema.parse(options.derived);
  const startedAt = new Date(options.startedAt).toISOString();
  const run: Run = {
    schemaVersion: RUN_SCHEMA_VERSION,
    runId: options.runId,
    status: "completed",
    startedAt,
    endedAt: new Date(options.endedAt).toISOString(),
    durationMs: Math.max(0, options.endedAt - options.startedAt),
    simulated: options.source.simulated,
    ...(options.source.environment ? { environment: options.source.environment } : {}),
    plugins: options.plugins,
    provenance: derived,
    summary: summarizeRun(options.items),
    items: options.items,
  };
  const plan: Plan = {
    ...options.plan,
    ...options.planChanges,
    runId: run.runId,
    createdAt: startedAt,
    plugins: options.plugins,
  };
  return { run, plan };
}

/**
 * Writes a derived run into its claimed folder (plan.json, items.jsonl, run.json, the results index)
 * and, for a judged run, its judge-report.json (validated first).
 * @throws a zod error when the judge report does not match {@link JudgeReportSchema}
 */
export async function writeDerivedRun(
  store: RunStore,
  contents: AssembledRun & { judgeReport?: JudgeReport },
): Promise<void> {
  const report = contents.judgeReport ? JudgeReportSchema.parse(contents.judgeReport) : undefined;
  await writeRunFolder(store, contents);
  if (report)
    await writeFileAtomic(path.join(store.dir, JUDGE_REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
}
