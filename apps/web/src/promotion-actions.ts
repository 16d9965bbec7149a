// Apply and rollback as the web app does them: the promotion of a run of the results folder, applied to
// the config's own target only (a checkpoint first, through core as `benchloop apply` does); a rollback
// from a checkpoint of the results folder whose target is that same configured target.
import { readdir } from "node:fs/promises";
import path from "node:path";
import {
  type ApplyOutcome,
  applyWithSettings,
  argumentInvalid,
  CheckpointSchema,
  checkpointTarget,
  type Logger,
  type RollbackOutcome,
  readCheckpoint,
  readPromotionFile,
  resolveApplySettings,
  rollbackCheckpoint,
} from "@benchloop/core";
import type { CheckpointEntry } from "./pages/promote-page.js";
import { runDirOf } from "./results.js";
import type { ServerState } from "./server-state.js";

/** Options of an apply from the web app. */
export interface WebApplyOptions {
  force?: boolean;
  allowSimulated?: boolean;
  dryRun?: boolean;
}

const component = (logger: Logger) => ({
  signal: AbortSignal.timeout(60_000),
  logger,
});

/**
 * Applies (or previews) the promotion of run `runId` to the config's `apply.target`.
 * @throws ARGUMENT_INVALID (no target, not a run id), APPLY_REFUSED, TARGET_FAILED …
 */
export async function applyRunPromotion(
  state: ServerState,
  runId: string,
  options: WebApplyOptions,
): Promise<ApplyOutcome> {
  const { promotion, file } = await readPromotionFile(runDirOf(state.resultsDir, runId), state.resultsDir);
  const ctx = await state.reader();
  const settings = resolveApplySettings(ctx, {}, "apply");
  return applyWithSettings(
    ctx,
    promotion,
    settings,
    { sourceFile: file, checkpointDir: state.checkpointsDir, ...options },
    component(ctx.logger),
  );
}

/** The canonical form of a target (`file:` paths resolved), to compare a checkpoint's with the config's. */
function canonicalTarget(spec: string, cwd: string): string {
  const file = /^file:(?:\/\/)?(.*)$/i.exec(spec);
  return file ? `file:${path.resolve(cwd, file[1]!)}` : spec.replace(/\/+$/, "");
}

/** The checkpoint file `name` of the results folder. @throws ARGUMENT_INVALID for anything but a file name */
function checkpointFile(state: ServerState, name: string): string {
  if (!/^[\w.@-]+\.json$/.test(name) || name.startsWith("."))
    throw argumentInvalid("checkpoint", `"${name}" is not a checkpoint file name`, "Pick one from the list.");
  return path.join(state.checkpointsDir, name);
}

/**
 * Rolls back (or previews the rollback of) checkpoint `name`, only when its target is the configured one.
 * @throws ARGUMENT_INVALID, TARGET_DRIFTED, TARGET_FAILED …
 */
export async function rollbackByName(
  state: ServerState,
  name: string,
  options: { force?: boolean; dryRun?: boolean },
): Promise<RollbackOutcome> {
  const file = checkpointFile(state, name);
  const checkpoint = await readCheckpoint(file);
  const ctx = await state.reader();
  const configured = resolveApplySettings(ctx, {}, "rollback").target;
  if (canonicalTarget(configured, state.host.cwd) !== canonicalTarget(checkpoint.target.uri, state.host.cwd))
    throw argumentInvalid(
      "checkpoint",
      `checkpoint ${name} is about ${checkpoint.target.label}, not the configured target ${configured}`,
      `The web app only writes to the config's apply.target; roll this one back with \`benchloop rollback --checkpoint ${file}\`.`,
    );
  return rollbackCheckpoint(
    { checkpointFile: file, target: checkpointTarget(ctx, checkpoint), ...options },
    component(ctx.logger),
  );
}

/** The checkpoints of the results folder, newest first (other files there are left out). */
export async function listCheckpoints(state: ServerState): Promise<CheckpointEntry[]> {
  const names = await readdir(state.checkpointsDir).catch(() => [] as string[]);
  const found: CheckpointEntry[] = [];
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    const checkpoint = await readCheckpoint(path.join(state.checkpointsDir, name)).catch(() => undefined);
    if (checkpoint && CheckpointSchema.safeParse(checkpoint).success) found.push({ name, checkpoint });
  }
  return found.sort((a, b) => b.checkpoint.createdAt.localeCompare(a.checkpoint.createdAt));
}
