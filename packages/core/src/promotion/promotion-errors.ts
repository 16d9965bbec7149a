// Error builders of applying a promotion to a policy target and rolling it back: refusals, target
// failures, drift and damaged checkpoints. Messages say what happened, where, and what to do.
import { BenchloopError } from "../errors/benchloop-error.js";

/** One key whose value differs from what was expected. `null` means the key is absent. */
export interface KeyDrift {
  key: string;
  expected: string | null;
  found: string | null;
}

/** Formats drift as a diff, one key per line (`- expected`, `+ found`). */
export function formatDrift(drift: readonly KeyDrift[]): string {
  const show = (value: string | null) => (value === null ? "(absent)" : JSON.stringify(value));
  return drift
    .map(
      (d) =>
        `  ${d.key}\n    - ${show(d.expected)}  (what the checkpoint applied)\n    + ${show(d.found)}  (now)`,
    )
    .join("\n");
}

/** `apply` refused: the gate did not pass (or there is nothing to apply) and `--force` was not given. */
export function applyRefused(
  reason: string,
  hint: string,
  details?: Record<string, unknown>,
): BenchloopError {
  return new BenchloopError({ code: "APPLY_REFUSED", message: reason, hint, details });
}

/**
 * A policy target could not be read or written. `where` names the target (path or URL); `problem`
 * says what failed; `hint` says what to do. `state` says what state things are in, when known.
 */
export function targetFailed(
  where: string,
  problem: string,
  hint: string,
  options: { plugin?: string; details?: Record<string, unknown>; cause?: unknown } = {},
): BenchloopError {
  return new BenchloopError({
    code: "TARGET_FAILED",
    message: `Policy target ${where}: ${problem}`,
    hint,
    plugin: options.plugin,
    details: { target: where, ...options.details },
    cause: options.cause,
    location: where.includes("://") ? undefined : { file: where },
  });
}

/** `rollback` refused: the target no longer holds what the checkpoint applied. */
export function targetDrifted(
  where: string,
  checkpointFile: string,
  drift: readonly KeyDrift[],
): BenchloopError {
  return new BenchloopError({
    code: "TARGET_DRIFTED",
    message: `Policy target ${where} no longer holds what checkpoint ${checkpointFile} applied (${drift.length} key${drift.length === 1 ? "" : "s"} changed since):\n${formatDrift(drift)}`,
    hint: "Something else changed these keys after the apply; nothing was restored. Check the diff, then run the rollback again with --force to restore the previous values anyway.",
    location: { file: checkpointFile },
    details: { drift },
  });
}

/** A checkpoint file cannot be read or does not match the checkpoint schema. */
export function checkpointInvalid(file: string, problem: string): BenchloopError {
  return new BenchloopError({
    code: "CHECKPOINT_INVALID",
    message: `Checkpoint ${file} cannot be used: ${problem}`,
    hint: "Pass a checkpoint written by `benchloop apply` (listed under <results-dir>/checkpoints/); it must not be edited by hand.",
    location: { file },
  });
}

/**
 * Ctrl-C (the command's abort signal) stopped an apply or a rollback while it read or changed the
 * target. `state` says what state things are in and how to undo it; `checkpointFile` names the
 * checkpoint that can be rolled back (also in `details`).
 */
export function targetInterrupted(
  where: string,
  action: string,
  state: string,
  checkpointFile?: string,
): BenchloopError {
  return new BenchloopError({
    code: "TARGET_INTERRUPTED",
    message: `Interrupted (Ctrl-C) while ${action} policy target ${where}.`,
    hint: state,
    location: checkpointFile ? { file: checkpointFile } : undefined,
    details: { target: where, ...(checkpointFile ? { checkpointFile } : {}) },
  });
}
