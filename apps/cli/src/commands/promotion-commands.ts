// `benchloop apply <summary|gate.json> [--target …]` and `benchloop rollback --checkpoint FILE`: apply a
// gate's promotion to a policy target with a checkpoint first, and undo it. Reading the promotion,
// finding the target and its options live in core; here are the flags, Ctrl-C and the printed tables.
import path from "node:path";
import {
  type ApplyOutcome,
  type ApplySettings,
  applyWithSettings,
  BenchloopError,
  type ComponentContext,
  checkpointTarget,
  type Promotion,
  readCheckpoint,
  readPromotionFile,
  resolveApplySettings,
  rollbackCheckpoint,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import type { CommandContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { formatError } from "../output/error-text.js";
import { formatApplyOutcome, formatRollbackOutcome } from "../output/promotion-text.js";
import { withCtrlC } from "./ctrl-c.js";
import { collectValues } from "./run-input.js";

/** Exit codes of errors that are outcomes, not crashes: refusals (5) and Ctrl-C (130). */
const OUTCOME_EXIT_CODES: Readonly<Record<string, number>> = {
  APPLY_REFUSED: EXIT_CODES.refused,
  TARGET_DRIFTED: EXIT_CODES.refused,
  TARGET_INTERRUPTED: EXIT_CODES.interrupted,
};

/** Flags of an apply that `apply` and `dev-cycle --apply` share. */
export interface ApplyRunFlags {
  checkpointDir?: string;
  force?: boolean;
  allowSimulated?: boolean;
  dryRun?: boolean;
}

interface ApplyFlags extends ApplyRunFlags {
  target?: string;
  map?: string[];
  option?: string[];
  json?: boolean;
}

function componentContext(ctx: CommandContext, signal: AbortSignal): ComponentContext {
  return { signal, logger: ctx.logger };
}

/** Runs `body` with a signal the first Ctrl-C aborts (an AbortError), telling the user. */
function withTargetCtrlC<T>(app: CliApp, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return withCtrlC(body, {
    reason: () => new DOMException("Ctrl-C", "AbortError"),
    notice: () =>
      app.io.err("\nStopping: aborting the policy target's request (Ctrl-C again ends at once).\n"),
  });
}

/** Applies a promotion with Ctrl-C aborting the target's request; what `apply` and `dev-cycle --apply` do. */
export function applyPromotionFile(
  app: CliApp,
  ctx: CommandContext,
  input: { promotion: Promotion; file: string; settings: ApplySettings; flags: ApplyRunFlags },
): Promise<ApplyOutcome> {
  return withTargetCtrlC(app, (signal) =>
    applyWithSettings(
      ctx,
      input.promotion,
      input.settings,
      { sourceFile: input.file, ...input.flags },
      componentContext(ctx, signal),
    ),
  );
}

/**
 * Runs a command body; refusals (exit code 5) and Ctrl-C (130, the checkpoint to roll back named)
 * print their message and set the exit code instead of failing.
 */
export async function withPromotionOutcomes(app: CliApp, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const code = BenchloopError.is(error) ? OUTCOME_EXIT_CODES[error.code] : undefined;
    if (code === undefined || !BenchloopError.is(error)) throw error;
    app.io.err(formatError(error));
    app.setExitCode(code);
  }
}

/** Adds `benchloop apply` and `benchloop rollback`. */
export function registerPromotionCommands(program: Command, app: CliApp): void {
  program
    .command("apply")
    .description(
      "Apply a gate's promotion (model per role profile) to a policy target, writing a checkpoint first",
    )
    .argument("<promotion>", "dev-cycle-summary.json, gate.json, or a folder holding one")
    .option(
      "--target <target>",
      "where to apply: file:PATH or an http(s):// URL (default: apply.target in the config)",
    )
    .option("--dry-run", "show what would change; write nothing (no checkpoint)")
    .option("--force", "apply even when the gate is blocked or failed (recorded in the checkpoint)")
    .option(
      "--allow-simulated",
      "apply a promotion built on simulated runs (--demo); refused without it (exit code 5)",
    )
    .option("--checkpoint-dir <dir>", "where checkpoints go (default: <results-dir>/checkpoints)")
    .option(
      "--map <profile=key>",
      "target key for a profile (repeatable; default: the profile name)",
      collectValues,
    )
    .option(
      "-o, --option <name=value>",
      "a target option, checked by the target (repeatable): file: format=json|yaml|env, create=true; http(s): method=PUT, tokenEnv=NAME, timeoutMs=5000",
      collectValues,
    )
    .option("--json", "print the outcome as JSON")
    .action(async (input: string, flags: ApplyFlags, command: Command) => {
      await withPromotionOutcomes(app, async () => {
        const { promotion, file } = await readPromotionFile(input, app.cwd);
        const ctx = await app.loadContext(command, { validatePluginConfig: false });
        try {
          const settings = resolveApplySettings(
            ctx,
            { target: flags.target, map: flags.map, options: flags.option },
            "apply",
          );
          const outcome = await applyPromotionFile(app, ctx, { promotion, file, settings, flags });
          app.io.out(flags.json ? `${JSON.stringify(outcome, null, 2)}\n` : formatApplyOutcome(outcome));
        } finally {
          await ctx.scope.dispose();
        }
      });
    });

  program
    .command("rollback")
    .description("Restore what a policy target held before an apply, from the apply's checkpoint")
    .requiredOption("--checkpoint <file>", "checkpoint written by `benchloop apply`")
    .option("--dry-run", "check and show what would be restored; write nothing")
    .option("--force", "restore even when the target changed since the apply (recorded)")
    .option("--json", "print the outcome as JSON")
    .action(
      async (
        flags: { checkpoint: string; dryRun?: boolean; force?: boolean; json?: boolean },
        command: Command,
      ) => {
        await withPromotionOutcomes(app, async () => {
          const checkpointFile = path.resolve(app.cwd, flags.checkpoint);
          const checkpoint = await readCheckpoint(checkpointFile);
          const ctx = await app.loadContext(command, { validatePluginConfig: false });
          try {
            const target = checkpointTarget(ctx, checkpoint);
            const outcome = await withTargetCtrlC(app, (signal) =>
              rollbackCheckpoint(
                { checkpointFile, target, force: flags.force, dryRun: flags.dryRun },
                componentContext(ctx, signal),
              ),
            );
            app.io.out(
              flags.json
                ? `${JSON.stringify(outcome, null, 2)}\n`
                : formatRollbackOutcome(outcome, checkpointFile),
            );
          } finally {
            await ctx.scope.dispose();
          }
        });
      },
    );
}
