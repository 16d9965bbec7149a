// `run --rerun failed|errors|changed --from <run>`: which items of a new plan run again, and which are
// copied from the source run as facts with provenance. The source run is only read, never changed.
import type { Plan } from "../plan/plan-schema.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";

/** The rerun rules: failed = not passed; errors = a stage failed; changed = the item hash differs. */
export const RERUN_MODES = ["failed", "errors", "changed"] as const;

/** A rerun rule. */
export type RerunMode = (typeof RERUN_MODES)[number];

/** Which items run again and which are copied. */
export interface RerunSelection {
  /** Keys of the plan's items that run again (selected by the rule, or missing from the source run). */
  rerun: Set<string>;
  /** The other items, copied from the source run with provenance, in plan order. */
  copies: ItemResult[];
}

function needsRerun(previous: ItemResult, hash: string, mode: RerunMode): boolean {
  if (mode === "failed") return previous.status !== "passed";
  if (mode === "errors") return previous.status === "error";
  return previous.hash !== hash;
}

function relocate(relative: string, fromRun: string): string {
  return relative.startsWith("../") ? relative : `../${fromRun}/${relative}`;
}

/** Copies a fact of another run: provenance set (an older copy keeps its original), artifact paths made relative to the new run. */
export function copyFact(previous: ItemResult, fromRun: string): ItemResult {
  const copy: ItemResult = {
    ...previous,
    provenance: previous.provenance ?? { kind: "rerun", fromRun, itemKey: previous.key },
  };
  if (previous.artifacts) {
    copy.artifacts = Object.fromEntries(
      Object.entries(previous.artifacts).map(([name, file]) => [name, relocate(file, fromRun)]),
    );
  }
  if (previous.generation?.transcript)
    copy.generation = {
      ...previous.generation,
      transcript: relocate(previous.generation.transcript, fromRun),
    };
  return copy;
}

/** Applies a rerun rule to a plan against the source run. */
export function selectRerun(plan: Plan, source: Run, mode: RerunMode, fromRun: string): RerunSelection {
  const previous = new Map(source.items.map((item) => [item.key, item]));
  const rerun = new Set<string>();
  const copies: ItemResult[] = [];
  for (const item of plan.items) {
    const found = previous.get(item.key);
    if (!found || needsRerun(found, item.hash, mode)) rerun.add(item.key);
    else copies.push(copyFact(found, fromRun));
  }
  return { rerun, copies };
}
