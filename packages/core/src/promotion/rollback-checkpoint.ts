// Rolls a policy target back to the state a checkpoint recorded: refuses (with a diff) when the target
// no longer holds what the checkpoint applied unless forced, writes its own record before restoring.
import path from "node:path";
import type { PolicyState, PolicyTarget } from "../plugin/contracts.js";
import { SYSTEM_CLOCK } from "../plugin/services.js";
import { type PromotionContext, toTargetError } from "./apply-promotion.js";
import { CHECKPOINT_SCHEMA_VERSION, type Checkpoint, type RollbackRecord } from "./checkpoint-schema.js";
import {
  createDocumentFile,
  readCheckpoint,
  toFileStamp,
  toTargetSlug,
  updateDocumentFile,
} from "./checkpoint-store.js";
import { type HeldState, heldValue, isNullAwarePolicyTarget, readHeldState } from "./held-state.js";
import { type KeyDrift, targetDrifted, targetFailed, targetInterrupted } from "./promotion-errors.js";

/** Input of {@link rollbackCheckpoint}. */
export interface RollbackCheckpointInput {
  /** The checkpoint file written by `applyPromotion`. */
  checkpointFile: string;
  /** The policy target component named by the checkpoint's `target.id`. */
  target: PolicyTarget;
  /** Restore even when the target drifted; recorded. */
  force?: boolean;
  /** Check and plan, but write nothing. */
  dryRun?: boolean;
}

/** The outcome of {@link rollbackCheckpoint}. */
export interface RollbackOutcome {
  /** `unchanged`: the target already holds the previous state, so nothing was written. */
  status: "restored" | "unchanged" | "dry-run";
  checkpoint: Checkpoint;
  /** Keys that no longer hold what the checkpoint applied (restored anyway when forced). */
  drift: KeyDrift[];
  /** What the target held before the rollback, per key (null: absent). */
  before: Record<string, string | null>;
  /** What the rollback sets, per key (null: the key is removed, unless listed in `restoreNull`). */
  restore: Record<string, string | null>;
  /** Keys the rollback sets back to an explicit null (they held null before the apply). */
  restoreNull: string[];
  recordFile?: string;
  record?: RollbackRecord;
}

/** What a key held before the checkpoint's apply: a string, null (explicit null) or undefined (absent). */
function previousValue(checkpoint: Checkpoint, key: string): string | null | undefined {
  if (checkpoint.previousNull?.includes(key)) return null;
  return checkpoint.previous[key] ?? undefined;
}

/**
 * What the checkpoint's apply may have left per key: after a recorded success, the applied value;
 * after a failure or a crash mid-apply (`pending`), the new or the previous value.
 */
function findDrift(checkpoint: Checkpoint, held: HeldState): KeyDrift[] {
  const drift: KeyDrift[] = [];
  for (const [key, model] of Object.entries(checkpoint.next)) {
    const found = heldValue(held, key) ?? null;
    // Already restored (an earlier, partly failed rollback).
    if (heldValue(held, key) === previousValue(checkpoint, key)) continue;
    if (checkpoint.result.status === "applied") {
      const expected = checkpoint.result.applied?.[key] ?? model;
      if (found !== expected) drift.push({ key, expected, found });
    } else if (found !== model) {
      drift.push({ key, expected: model, found });
    }
  }
  return drift;
}

/**
 * Restores the previous state a checkpoint recorded.
 *
 * Reads the keys the checkpoint applied; when one no longer holds what was applied, refuses with a
 * diff unless `force`. Unless `dryRun` or the target already holds the previous state, writes a
 * rollback record beside the checkpoint BEFORE restoring, restores (removing keys that were absent),
 * then records the result in the record and lists the record in the checkpoint.
 * @throws CHECKPOINT_INVALID, TARGET_DRIFTED (nothing restored), TARGET_FAILED (record kept)
 */
export async function rollbackCheckpoint(
  input: RollbackCheckpointInput,
  ctx: PromotionContext,
): Promise<RollbackOutcome> {
  const checkpointFile = path.resolve(input.checkpointFile);
  let checkpoint = await readCheckpoint(checkpointFile);
  const ref = { uri: checkpoint.target.uri, options: checkpoint.target.options };
  const keys = Object.keys(checkpoint.next);
  const unchanged = `Nothing was restored; the checkpoint ${checkpointFile} can be used again.`;
  const held = await readHeldState(input.target, { target: ref, keys }, ctx).catch((error: unknown) => {
    throw toTargetError(error, checkpoint.target, "reading the current state", unchanged, {
      signal: ctx.signal,
      doing: "reading",
      checkpointFile,
    });
  });
  const before: Record<string, string | null> = {};
  for (const key of keys) before[key] = held[key] ?? null;

  const restore: Record<string, string | null> = {};
  const restoreNull: string[] = [];
  for (const key of keys) {
    const previous = previousValue(checkpoint, key);
    if (heldValue(held, key) === previous) continue;
    restore[key] = previous ?? null;
    if (previous === null) restoreNull.push(key);
  }
  const drift = findDrift(checkpoint, held);
  const base = { checkpoint, drift, before, restore, restoreNull };
  if (Object.keys(restore).length === 0) return { status: "unchanged", ...base };
  if (drift.length > 0 && !input.force) throw targetDrifted(checkpoint.target.label, checkpointFile, drift);
  if (restoreNull.length > 0 && !isNullAwarePolicyTarget(input.target))
    throw targetFailed(
      checkpoint.target.label,
      `the target cannot write an explicit null, which ${restoreNull.join(", ")} held before the apply`,
      `Nothing was restored. Update the plugin ${checkpoint.target.plugin} (the checkpoint came from a version that reads nulls), or set those keys by hand.`,
      { plugin: checkpoint.target.plugin },
    );
  if (input.dryRun) return { status: "dry-run", ...base };
  if (ctx.signal.aborted)
    throw targetInterrupted(checkpoint.target.label, "reading", unchanged, checkpointFile);

  const clock = ctx.clock ?? SYSTEM_CLOCK;
  const createdAt = clock.now();
  let record: RollbackRecord = {
    schemaVersion: CHECKPOINT_SCHEMA_VERSION,
    kind: "rollback",
    createdAt: new Date(createdAt).toISOString(),
    checkpoint: checkpointFile,
    target: checkpoint.target,
    forced: drift.length > 0,
    drift,
    before,
    restore,
    ...(restoreNull.length > 0 ? { restoreNull } : {}),
    result: { status: "pending" },
  };
  const recordFile = await createDocumentFile(
    path.dirname(checkpointFile),
    `${toFileStamp(createdAt)}-rollback-${toTargetSlug(checkpoint.target.uri)}`,
    record,
  );

  const next: PolicyState = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(restore)) {
    if (value !== null) next[key] = value;
    else if (!restoreNull.includes(key)) remove.push(key);
  }
  const finish = async (result: RollbackRecord["result"]) => {
    record = { ...record, result };
    await updateDocumentFile(recordFile, record);
    checkpoint = {
      ...checkpoint,
      rollbacks: [
        ...checkpoint.rollbacks,
        {
          at: record.createdAt,
          record: recordFile,
          status: result.status === "pending" ? "failed" : result.status,
          forced: record.forced,
        },
      ],
    };
    await updateDocumentFile(checkpointFile, checkpoint);
  };
  try {
    const result = isNullAwarePolicyTarget(input.target)
      ? await input.target.apply({ target: ref, next, remove, setNull: restoreNull }, ctx)
      : await input.target.apply({ target: ref, next, remove }, ctx);
    await finish({
      status: "restored",
      finishedAt: new Date(clock.now()).toISOString(),
      restored: result.applied,
      ...(result.detail ? { detail: result.detail } : {}),
    });
    return { status: "restored", ...base, checkpoint, recordFile, record };
  } catch (error) {
    const failure = toTargetError(
      error,
      checkpoint.target,
      "restoring the previous state",
      `The target may hold some restored values; the checkpoint ${checkpointFile} is unchanged and can be used again: run \`benchloop rollback --checkpoint ${checkpointFile}\` (record at ${recordFile}).`,
      { signal: ctx.signal, doing: "restoring", checkpointFile },
    );
    await finish({
      status: failure.code === "TARGET_INTERRUPTED" ? "interrupted" : "failed",
      finishedAt: new Date(clock.now()).toISOString(),
      error: { code: failure.code, message: failure.message },
    });
    throw failure;
  }
}
