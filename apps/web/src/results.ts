// The results folder as the web app reads it: runs by id only (never a path from a request), each run's
// header for the runs page cached by its run.json's size and time (a page of 200 runs of 400 items
// parses no file twice), and a run's gate and dev-cycle summary when the folder has them.
import { existsSync } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  argumentInvalid,
  DEV_CYCLE_SUMMARY_FILE,
  type DevCycleSummary,
  DevCycleSummarySchema,
  GATE_FILES,
  type GateReport,
  GateReportSchema,
  isRunId,
  JOURNAL_FILE,
  listRuns,
  PLAN_FILE,
  RUN_FILE,
  RUN_SCHEMA_VERSION,
  type Run,
  type RunIndexEntry,
  type RunInput,
  type RunSummary,
  RunSummarySchema,
  readItemJournal,
  readPlan,
  readRun,
  readRunInput,
  summarizeRun,
} from "@benchloop/core";

/** One run as the runs page lists it. */
export interface RunHeader extends RunIndexEntry {
  models: string[];
  passAt1?: { estimate: number; lower: number; upper: number };
  hasGate: boolean;
}

/**
 * The folder of run `runId` inside `resultsDir`.
 * @throws ARGUMENT_INVALID when `runId` is not a run id (a path, `..`, a name)
 */
export function runDirOf(resultsDir: string, runId: string): string {
  if (!isRunId(runId))
    throw argumentInvalid("run", `"${runId}" is not a run id`, "Run ids look like 20260101T120000Z-1a2b3c.");
  return path.join(resultsDir, runId);
}

/** Reads run `runId` (any supported schema version) with its plan. @throws RUN_NOT_FOUND, ARGUMENT_INVALID */
export function readRunById(resultsDir: string, runId: string): Promise<RunInput> {
  runDirOf(resultsDir, runId);
  return readRunInput(resultsDir, runId, resultsDir);
}

/**
 * Reads run `runId` as it is now: its run.json when written, else (a run still going, or killed) its
 * plan with the items its journal holds so far, labelled interrupted until it ends.
 * @throws RUN_NOT_FOUND when the folder has neither; ARGUMENT_INVALID
 */
export async function readRunSoFar(resultsDir: string, runId: string): Promise<Run> {
  const dir = runDirOf(resultsDir, runId);
  if (existsSync(path.join(dir, RUN_FILE)) || !existsSync(path.join(dir, PLAN_FILE)))
    return (await readRunById(resultsDir, runId)).run;
  const plan = await readPlan(dir);
  const { items } = readItemJournal(path.join(dir, JOURNAL_FILE));
  const order = new Map(plan.items.map((item, index) => [item.key, index]));
  items.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  const now = new Date().toISOString();
  return {
    schemaVersion: RUN_SCHEMA_VERSION,
    runId: plan.runId,
    status: "interrupted",
    startedAt: plan.createdAt,
    endedAt: now,
    durationMs: Math.max(0, Date.parse(now) - Date.parse(plan.createdAt)),
    simulated: plan.simulated,
    environment: plan.environment,
    plugins: plan.plugins,
    summary: summarizeRun(items),
    items,
  };
}

const summaries = new Map<string, { stamp: string; summary: RunSummary | undefined }>();

/** Where the store's run.json writer ends the head (every field but `items`) and starts the items. */
const HEAD_END = ',\n  "items": [';
/** How much of a run.json is read to find its head (summaries and environments are far smaller). */
const HEAD_BYTES = 256 * 1024;

/**
 * The fields before `items` of a run.json the store wrote (the head first, then the items: a raw
 * newline cannot be inside a JSON string, so the first `,\n  "items": [` ends the head), without
 * reading the items; undefined for a file written otherwise.
 */
async function readRunHead(
  file: string,
): Promise<{ schemaVersion?: unknown; summary?: unknown } | undefined> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const text = buffer.toString("utf8", 0, bytesRead);
    const at = text.indexOf(HEAD_END);
    return at < 0 ? undefined : (JSON.parse(`${text.slice(0, at)}\n}`) as { schemaVersion?: unknown });
  } finally {
    await handle.close();
  }
}

/** A run's summary from run.json: the current schema's from its head, older ones through the migrations. */
async function readSummary(dir: string): Promise<RunSummary | undefined> {
  const file = path.join(dir, RUN_FILE);
  const info = await stat(file).catch(() => undefined);
  if (!info) return undefined;
  const stamp = `${info.size}:${info.mtimeMs}`;
  const cached = summaries.get(file);
  if (cached?.stamp === stamp) return cached.summary;
  let summary: RunSummary | undefined;
  try {
    const doc =
      (await readRunHead(file)) ??
      (JSON.parse(await readFile(file, "utf8")) as { schemaVersion?: unknown; summary?: unknown });
    summary =
      doc.schemaVersion === RUN_SCHEMA_VERSION
        ? RunSummarySchema.parse(doc.summary)
        : (await readRun(dir)).summary;
  } catch {
    summary = undefined;
  }
  summaries.set(file, { stamp, summary });
  return summary;
}

/** Every run of the results folder, newest first, with models and pass@1 from its summary. */
export async function listRunHeaders(resultsDir: string): Promise<RunHeader[]> {
  const entries = listRuns(resultsDir).reverse();
  return Promise.all(
    entries.map(async (entry): Promise<RunHeader> => {
      const dir = path.join(resultsDir, entry.runId);
      const summary = entry.status === "damaged" ? undefined : await readSummary(dir);
      return {
        ...entry,
        models: Object.keys(summary?.byModel ?? {}),
        ...(summary?.passAt1 ? { passAt1: summary.passAt1 } : {}),
        hasGate: existsSync(path.join(dir, GATE_FILES.json)),
      };
    }),
  );
}

/** The gate report and dev-cycle summary a run folder holds, if any. */
export async function readGateFiles(
  resultsDir: string,
  runId: string,
): Promise<{ report?: GateReport; summary?: DevCycleSummary; dir: string }> {
  const dir = runDirOf(resultsDir, runId);
  const read = async <T>(file: string, parse: (value: unknown) => T): Promise<T | undefined> => {
    const text = await readFile(path.join(dir, file), "utf8").catch(() => undefined);
    return text === undefined ? undefined : parse(JSON.parse(text));
  };
  const report = await read(GATE_FILES.json, (v) => GateReportSchema.parse(v));
  const summary = await read(DEV_CYCLE_SUMMARY_FILE, (v) => DevCycleSummarySchema.parse(v));
  return { ...(report ? { report } : {}), ...(summary ? { summary } : {}), dir };
}
