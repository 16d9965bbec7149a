// `<resultsDir>/index.json`: one line per run (id, status, start, items, passed, simulated), kept
// current by the store. It is a cache of the run folders: missing or stale entries are rebuilt from them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, open, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { isRunId } from "../import/run-id.js";
import { writeFileAtomic } from "./atomic-write.js";

/** The index file name inside the results folder. */
export const INDEX_FILE = "index.json";

/** One run as listed in the index. */
export const RunIndexEntrySchema = z
  .object({
    runId: z.string(),
    status: z
      .enum(["running", "completed", "interrupted", "failed", "damaged"])
      .describe(
        "`damaged`: its run.json or plan.json cannot be read (see `problem`); never written to the index.",
      ),
    startedAt: z.string(),
    endedAt: z.string().optional(),
    items: z.number().int().nonnegative().describe("Items in the plan."),
    done: z.number().int().nonnegative().optional().describe("Items with a result."),
    passed: z.number().int().nonnegative(),
    simulated: z.boolean(),
    problem: z.string().optional().describe("What is wrong with a damaged run's files, and what to do."),
  })
  .strict();

/** The index document. */
export const RunIndexSchema = z
  .object({ schemaVersion: z.literal(1), runs: z.array(RunIndexEntrySchema) })
  .strict();

/** One run as listed in the index. */
export type RunIndexEntry = z.infer<typeof RunIndexEntrySchema>;

function readIndexFile(file: string): RunIndexEntry[] {
  try {
    const parsed = RunIndexSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
    return parsed.success ? parsed.data.runs : [];
  } catch {
    return [];
  }
}

/** `2026-12-07T19:04:51.000Z` from a run id `20261207T190451Z-…`. */
function startOfRunId(runId: string): string {
  const t = runId;
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}.000Z`;
}

/** A run whose files cannot be read: listed as damaged, with the file, the reason and what to do. */
function damagedEntry(dir: string, runId: string, file: string, error: unknown): RunIndexEntry {
  const reason = error instanceof Error ? error.message : String(error);
  const resumable = path.basename(file) === "run.json" && existsSync(path.join(dir, "items.jsonl"));
  const todo = resumable
    ? `\`benchloop run --resume ${runId}\` writes it again from the run's items.jsonl`
    : `delete the folder ${dir} (or restore the file from a backup)`;
  let startedAt = startOfRunId(runId);
  try {
    const plan = JSON.parse(readFileSync(path.join(dir, "plan.json"), "utf8")) as { createdAt?: unknown };
    if (typeof plan.createdAt === "string") startedAt = plan.createdAt;
  } catch {
    // the id's own time
  }
  return {
    runId,
    status: "damaged",
    startedAt,
    items: 0,
    passed: 0,
    simulated: false,
    problem: `${file} cannot be read (${reason}); ${todo}.`,
  };
}

/** Reads what a run folder says about itself (run.json, else plan.json); a damaged entry when it cannot. */
function entryFromFolder(dir: string, runId: string): RunIndexEntry | undefined {
  const runFile = path.join(dir, "run.json");
  const planFile = path.join(dir, "plan.json");
  let reading = runFile;
  try {
    if (existsSync(runFile)) {
      const run = JSON.parse(readFileSync(runFile, "utf8")) as {
        status?: RunIndexEntry["status"];
        startedAt?: string;
        endedAt?: string;
        simulated?: boolean;
        summary?: { items?: number; passed?: number };
        items?: unknown[];
      };
      return {
        runId,
        status: run.status ?? "completed",
        startedAt: run.startedAt ?? "",
        ...(run.endedAt ? { endedAt: run.endedAt } : {}),
        items: run.summary?.items ?? run.items?.length ?? 0,
        done: run.items?.length ?? 0,
        passed: run.summary?.passed ?? 0,
        simulated: run.simulated ?? false,
      };
    }
    reading = planFile;
    if (existsSync(planFile)) {
      const plan = JSON.parse(readFileSync(planFile, "utf8")) as {
        createdAt?: string;
        simulated?: boolean;
        items?: unknown[];
      };
      return {
        runId,
        status: "running",
        startedAt: plan.createdAt ?? "",
        items: plan.items?.length ?? 0,
        passed: 0,
        simulated: plan.simulated ?? false,
      };
    }
  } catch (error) {
    return damagedEntry(dir, runId, reading, error);
  }
  return undefined;
}

/**
 * Lists the runs of a results folder, oldest first: the index, completed with any run folder it misses.
 * Never throws for damaged files: a run folder whose run.json or plan.json cannot be read is listed
 * with status `damaged` and a `problem` naming the file and what to do.
 */
export function listRuns(resultsDir: string): RunIndexEntry[] {
  return collectRuns(resultsDir);
}

function collectRuns(resultsDir: string, exclude?: string): RunIndexEntry[] {
  const byId = new Map(readIndexFile(path.join(resultsDir, INDEX_FILE)).map((e) => [e.runId, e]));
  let names: string[] = [];
  try {
    names = readdirSync(resultsDir).filter(isRunId);
  } catch {
    return [];
  }
  const present = new Set(names);
  for (const id of byId.keys()) if (!present.has(id)) byId.delete(id);
  for (const name of names) {
    if (byId.has(name) || name === exclude) continue;
    const entry = entryFromFolder(path.join(resultsDir, name), name);
    if (entry) byId.set(name, entry);
  }
  return [...byId.values()].sort(byStart);
}

/** Orders runs by start time (milliseconds), then id: two runs started in the same second keep their order. */
function byStart(a: RunIndexEntry, b: RunIndexEntry): number {
  const at = a.startedAt || a.runId;
  const bt = b.startedAt || b.runId;
  if (at !== bt) return at < bt ? -1 : 1;
  return a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0;
}

async function withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock older than 10 s belongs to a process that died while holding it.
      const age = await stat(lockFile).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > 10_000 || attempt > 200) {
        await unlink(lockFile).catch(() => undefined);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lockFile).catch(() => undefined);
  }
}

/** Adds or replaces a run's entry in `<resultsDir>/index.json` (serialised between processes by a lock file). */
export async function updateRunIndex(resultsDir: string, entry: RunIndexEntry): Promise<void> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, INDEX_FILE);
  await withLock(`${file}.lock`, async () => {
    // Damaged runs are found again from their folders each time, never recorded.
    const current = collectRuns(resultsDir, entry.runId).filter(
      (e) => e.runId !== entry.runId && e.status !== "damaged",
    );
    current.push(entry);
    current.sort(byStart);
    await writeFileAtomic(file, `${JSON.stringify({ schemaVersion: 1, runs: current }, null, 2)}\n`);
  });
}

/** Reads the index file as written (without reconciling with the folders); empty when missing. */
export async function readRunIndex(resultsDir: string): Promise<RunIndexEntry[]> {
  try {
    const parsed = RunIndexSchema.safeParse(
      JSON.parse(await readFile(path.join(resultsDir, INDEX_FILE), "utf8")),
    );
    return parsed.success ? parsed.data.runs : [];
  } catch {
    return [];
  }
}
