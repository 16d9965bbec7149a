// A run made ready to execute: its plan and tests, its locked store, the journal opened for appending,
// and what was already there (items recovered by a resume, items copied by a rerun). Made by
// `start-run.ts` (a new run) or `resume-run.ts` (a resumed one).
import type { Plan } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { RegistryScope } from "../plugin/registry.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import type { DroppedJournalLine, ItemJournal } from "../store/item-journal.js";
import type { RunStore } from "../store/run-store.js";

/** A run ready for the kernel: plan written, store locked, journal open. */
export interface PreparedRun {
  plan: Plan;
  /** The tests of the items that may run, by id. */
  tests: ReadonlyMap<string, BenchTest>;
  store: RunStore;
  scope: RegistryScope;
  /** Whether `scope` was opened for this run (resume) and is disposed at its end. */
  ownScope: boolean;
  /** Releases the run folder's lock. */
  unlock: () => void;
  journal: ItemJournal;
  /**
   * Keys of the items with a result before the kernel starts (recovered or copied). Results are not
   * kept in memory while the run goes: the journal holds them and is read back once at the end.
   */
  have: Set<string>;
  /** Results of earlier sessions (resume), validated when read; this session's lines come after. */
  earlier: ReadonlyMap<string, ItemResult>;
  /** Where this session's lines start in items.jsonl. */
  journalStart: number;
  /** The index update made when the run started, and how it failed. */
  indexed?: Promise<{ error: unknown } | undefined>;
  copied: number;
  recovered: number;
  dropped: DroppedJournalLine[];
  /** How long earlier sessions of the run lasted (resume), in ms. */
  previousDurationMs: number;
  /** The run.json of the earlier session, if it wrote one (resume). */
  previousRun?: Run;
}

/** Appends the copied results to the journal and marks their items as had. */
export function appendCopies(journal: ItemJournal, have: Set<string>, copies: readonly ItemResult[]): void {
  for (const copy of copies) {
    journal.append(copy);
    have.add(copy.key);
  }
}
