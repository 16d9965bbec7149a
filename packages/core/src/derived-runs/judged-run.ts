// A judged run (`benchloop judge`): the source run's items with the judge's verdicts, written as a new
// derived run with its judge-report.json (the judge, its verdict counts, what it could not judge and its
// reliability across repeats).

import { toRunId } from "../import/run-id.js";
import { claimRunFolder } from "../import/write-run-folder.js";
import type { Plan, PluginRecord } from "../plan/plan-schema.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { createRunStore } from "../store/run-store.js";
import { assembleDerivedRun, writeDerivedRun } from "./derived-run.js";
import type { JudgeReport } from "./judge-report.js";

/** The judge as recorded: its model and sampling. */
export interface JudgeIdentity {
  model: string;
  backend: string;
  temperature?: number;
  seed?: number;
}

/** Options of {@link writeJudgedRun}. */
export interface WriteJudgedRunOptions {
  resultsDir: string;
  source: { run: Run; plan: Plan };
  judge: JudgeIdentity;
  /** What the judge plugin returned for the source run's items. */
  judged: Pick<JudgeReport, "judged" | "cache" | "unjudged" | "reliability"> & { items: ItemResult[] };
  plugins: PluginRecord[];
  /** When judging began (ms since the epoch): the new run's id and start. */
  startedAt: number;
}

/** Writes the judged run and its report into a new run folder; returns them and the folder. */
export async function writeJudgedRun(
  options: WriteJudgedRunOptions,
): Promise<{ run: Run; report: JudgeReport; dir: string }> {
  const { source, judge, judged } = options;
  const store = createRunStore({
    resultsDir: options.resultsDir,
    runId: toRunId(new Date(options.startedAt)),
  });
  await claimRunFolder(store);
  const { run, plan } = assembleDerivedRun({
    derived: { kind: "judge", fromRuns: [source.run.runId] },
    runId: store.runId,
    source: source.run,
    plan: source.plan,
    planChanges: { config: { ...source.plan.config, judge: { model: judge.model, harness: judge.backend } } },
    items: judged.items,
    plugins: options.plugins,
    startedAt: options.startedAt,
    endedAt: Date.now(),
  });
  const verdicts = judged.items.flatMap((i) => (i.provenance?.kind === "judge" && i.judge ? [i.judge] : []));
  const ok = verdicts.filter((v) => v.status === "ok");
  const report: JudgeReport = {
    schemaVersion: 1,
    runId: run.runId,
    fromRun: source.run.runId,
    judge: { ...judge, digest: verdicts.find((v) => v.judgeDigest)?.judgeDigest },
    judged: judged.judged,
    verdicts: { ok: ok.length, judgeError: verdicts.length - ok.length },
    meanScore: ok.length > 0 ? ok.reduce((sum, v) => sum + (v.score ?? 0), 0) / ok.length : undefined,
    cache: judged.cache,
    unjudged: judged.unjudged,
    reliability: judged.reliability,
  };
  await writeDerivedRun(store, { run, plan, judgeReport: report });
  return { run, report, dir: store.dir };
}
