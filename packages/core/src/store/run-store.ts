// The folder of one run: plan.json written first, items.jsonl appended per finished item, run.json
// written atomically at the end, artifacts beside them, a lock file naming the writing process, and the
// results index kept current.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runLocked } from "../kernel/kernel-errors.js";
import type { Plan } from "../plan/plan-schema.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { createArtifactWriter, type ItemArtifactWriter } from "./artifact-writer.js";
import { writeFileAtomic, writeRunFile } from "./atomic-write.js";
import {
  type ItemJournal,
  JOURNAL_FILE,
  type JournalContents,
  openItemJournal,
  readAppendedItems,
  readItemJournal,
} from "./item-journal.js";
import { isProcessAlive } from "./process-alive.js";
import { PLAN_FILE, RUN_FILE, readPlan } from "./read-run.js";
import { type RunIndexEntry, updateRunIndex } from "./run-index.js";

/** The lock file name inside a run folder. */
export const LOCK_FILE = ".lock";

/**
 * The results-index entry of a written run: its status, times and counts.
 * @param planned how many items its plan holds (more than `run.items` when it ended early)
 */
export function indexEntryOf(run: Run, planned: number): Omit<RunIndexEntry, "runId"> {
  return {
    status: run.status,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    items: planned,
    done: run.items.length,
    passed: run.summary.passed,
    simulated: run.simulated,
  };
}

/** The folder of one run and the operations on it. */
export interface RunStore {
  readonly runId: string;
  /** Absolute path of the run folder. */
  readonly dir: string;
  /** Absolute path of the results folder. */
  readonly resultsDir: string;
  /** Writes plan.json atomically, creating the folder. */
  writePlan(plan: Plan): Promise<void>;
  readPlan(): Promise<Plan>;
  /** Reads items.jsonl (a torn last line is dropped and reported). */
  readJournal(): JournalContents;
  /**
   * Reads back what this process appended to items.jsonl from byte `start` on (see
   * {@link readAppendedItems}): the last result of each item key.
   */
  readJournalFrom(start: number): Map<string, ItemResult>;
  /** Opens items.jsonl for appending, cutting a torn tail first when `completeBytes` is given. */
  openJournal(completeBytes?: number): ItemJournal;
  /** The artifact writer of one item (writes go behind; `settled` waits for them). */
  artifacts(itemKey: string): ItemArtifactWriter;
  /** Writes run.json atomically. */
  writeRun(run: Run): Promise<void>;
  /** Adds or replaces the run's entry in the results index. */
  updateIndex(entry: Omit<RunIndexEntry, "runId">): Promise<void>;
  /**
   * Marks the run as written by this process; returns the release function.
   * @throws RUN_LOCKED when another live process holds the run
   */
  lock(): () => void;
}

/** Opens the store of one run (does no I/O until used). */
export function createRunStore(options: { resultsDir: string; runId: string }): RunStore {
  const resultsDir = path.resolve(options.resultsDir);
  const dir = path.join(resultsDir, options.runId);
  return {
    runId: options.runId,
    dir,
    resultsDir,
    async writePlan(plan) {
      mkdirSync(dir, { recursive: true });
      await writeFileAtomic(path.join(dir, PLAN_FILE), `${JSON.stringify(plan, null, 2)}\n`);
    },
    readPlan: () => readPlan(dir),
    readJournal: () => readItemJournal(path.join(dir, JOURNAL_FILE)),
    readJournalFrom: (start) => readAppendedItems(path.join(dir, JOURNAL_FILE), start),
    openJournal: (completeBytes) => openItemJournal(path.join(dir, JOURNAL_FILE), { completeBytes }),
    artifacts: (itemKey) => createArtifactWriter(dir, itemKey),
    async writeRun(run) {
      writeRunFile(path.join(dir, RUN_FILE), run);
    },
    updateIndex: (entry) => updateRunIndex(resultsDir, { runId: options.runId, ...entry }),
    lock() {
      const file = path.join(dir, LOCK_FILE);
      mkdirSync(dir, { recursive: true });
      try {
        writeFileSync(file, String(process.pid), { flag: "wx" });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const holder = Number(readFileSync(file, "utf8").trim());
        if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isProcessAlive(holder))
          throw runLocked(options.runId, holder);
        writeFileSync(file, String(process.pid));
      }
      return () => {
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
        } catch {}
      };
    },
  };
}
