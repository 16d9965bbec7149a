// Trends across archived runs: per model and suite (a role's suite), pass@1 with its Wilson interval
// and the median and p95 item wall time, run by run in time order. Runs are read once per change of
// their run.json.
import { stat } from "node:fs/promises";
import path from "node:path";
import { percentile, RUN_FILE, type Run, readRunFile, wilsonInterval } from "@benchloop/core";
import type { RunHeader } from "./results.js";

/** One run's figures for a model on a suite. */
export interface TrendPoint {
  runId: string;
  startedAt: string;
  simulated: boolean;
  items: number;
  passAt1: { estimate: number; lower: number; upper: number };
  wallP50Ms?: number;
  wallP95Ms?: number;
}

/** A model on a suite across runs. */
export interface TrendSeries {
  model: string;
  suite: string;
  points: TrendPoint[];
}

const runs = new Map<string, { stamp: string; run: Run | undefined }>();

async function readCached(dir: string): Promise<Run | undefined> {
  const file = path.join(dir, RUN_FILE);
  const info = await stat(file).catch(() => undefined);
  if (!info) return undefined;
  const stamp = `${info.size}:${info.mtimeMs}`;
  const cached = runs.get(file);
  if (cached?.stamp === stamp) return cached.run;
  const run = await readRunFile(file).then(
    (read) => read.run,
    () => undefined,
  );
  runs.set(file, { stamp, run });
  return run;
}

/** The figures of one group of items, or undefined when none counts (all skipped). */
function point(run: Run, items: Run["items"]): TrendPoint | undefined {
  const counted = items.filter((i) => i.status !== "skipped");
  if (counted.length === 0) return undefined;
  const passed = counted.filter((i) => i.status === "passed").length;
  const ci = wilsonInterval(passed, counted.length);
  const walls = counted.map((i) => i.metrics?.wallMs).filter((w): w is number => typeof w === "number");
  return {
    runId: run.runId,
    startedAt: run.startedAt,
    simulated: run.simulated,
    items: counted.length,
    passAt1: { estimate: passed / counted.length, lower: ci.lower, upper: ci.upper },
    ...(walls.length ? { wallP50Ms: percentile(walls, 50), wallP95Ms: percentile(walls, 95) } : {}),
  };
}

/** Every model × suite series over the finished runs, oldest run first. */
export async function buildTrends(resultsDir: string, headers: readonly RunHeader[]): Promise<TrendSeries[]> {
  const series = new Map<string, TrendSeries>();
  const finished = headers.filter((h) => h.status === "completed" || h.status === "interrupted");
  for (const header of [...finished].reverse()) {
    const run = await readCached(path.join(resultsDir, header.runId));
    if (!run) continue;
    const groups = new Map<string, Run["items"]>();
    for (const item of run.items) {
      const key = `${item.model}\u0000${item.suite ?? "(no suite)"}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const [key, items] of groups) {
      const p = point(run, items);
      if (!p) continue;
      const [model, suite] = key.split("\u0000") as [string, string];
      const s = series.get(key) ?? { model, suite, points: [] };
      s.points.push(p);
      series.set(key, s);
    }
  }
  return [...series.values()].sort(
    (a, b) => a.model.localeCompare(b.model) || a.suite.localeCompare(b.suite),
  );
}
