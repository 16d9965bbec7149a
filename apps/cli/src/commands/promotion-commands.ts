// `benchloop apply <summary|gate.json> --target …` and `benchloop rollback --checkpoint FILE`: apply a
// gate's promotion to a policy target (file or HTTP endpoint) with a checkpoint first, and undo it.
// `applyFromPromotion` is the same apply for `dev-cycle --apply`.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  type ApplyOutcome,
  applyPromotion,
  argumentInvalid,
  BenchloopError,
  CHECKPOINTS_DIR,
  type ComponentContext,
  documentInvalid,
  type Logger,
  nameUnknown,
  type Promotion,
  PromotionSchema,
  type ResolvedPolicyTarget,
  type RollbackOutcome,
  readCheckpoint,
  rollbackCheckpoint,
  TOKENS,
  toValidationIssues,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import type { CommandContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { renderTable } from "../output/table.js";
import { formatError } from "../run-cli.js";
import { collectValues } from "./run-input.js";

/** Files `apply` looks for when given a folder, in order. */
export const PROMOTION_FILES = ["dev-cycle-summary.json", "gate.json"] as const;

/** Error codes that mean "refused" (exit code 5), not a crash. */
const REFUSALS = new Set(["APPLY_REFUSED", "TARGET_DRIFTED"]);

/** Target option flags, by the option name target plugins validate. */
const TARGET_FLAGS = {
  format: "--format",
  create: "--create",
  method: "--method",
  tokenEnv: "--token-env",
  timeoutMs: "--timeout",
} as const;

/** Options of {@link applyFromPromotion}. */
export interface ApplyFromPromotionOptions {
  /** The gate.json / dev-cycle summary the promotion came from (recorded in the checkpoint). */
  sourceFile?: string;
  /** Default `<results-dir>/checkpoints`. */
  checkpointDir?: string;
  force?: boolean;
  dryRun?: boolean;
  /** Target key per profile: `["balanced=models.default"]` or `{ balanced: "models.default" }`. */
  map?: readonly string[] | Readonly<Record<string, string>>;
  /** Target options (`format`, `create`, `method`, `tokenEnv`, `timeoutMs`), validated by the target. */
  targetOptions?: Record<string, unknown>;
  signal?: AbortSignal;
}

interface ApplyFlags {
  target: string;
  dryRun?: boolean;
  force?: boolean;
  checkpointDir?: string;
  map?: string[];
  format?: string;
  create?: boolean;
  method?: string;
  tokenEnv?: string;
  timeout?: string;
  json?: boolean;
}

interface RollbackFlags {
  checkpoint: string;
  dryRun?: boolean;
  force?: boolean;
  json?: boolean;
}

/** Parses `--map profile=key` values. @throws ARGUMENT_INVALID */
export function parseKeyMap(values: readonly string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    const profile = value.slice(0, at).trim();
    const key = value.slice(at + 1).trim();
    if (at <= 0 || profile === "" || key === "")
      throw argumentInvalid(
        "--map",
        `"${value}" is not profile=key`,
        "Write --map balanced=models.default (once per profile).",
      );
    if (map[profile] !== undefined && map[profile] !== key)
      throw argumentInvalid("--map", `profile "${profile}" is mapped twice`, "Map each profile once.");
    map[profile] = key;
  }
  return map;
}

/** The scheme of a `--target` value (`file`, `http`, `https`). @throws ARGUMENT_INVALID */
export function targetScheme(spec: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(spec);
  // A one-letter "scheme" is a Windows drive (C:\…), not a scheme.
  if (!match?.[1] || match[1].length === 1)
    throw argumentInvalid(
      "--target",
      `"${spec}" does not say what kind of target it is`,
      "Write file:PATH for a file (file:~/.config/tool/models.json) or an http(s):// URL for an endpoint.",
    );
  return match[1].toLowerCase();
}

function loggerOf(ctx: CommandContext): Logger {
  return ctx.scope.container.resolve<Logger>(TOKENS.logger);
}

function componentContext(ctx: CommandContext, signal?: AbortSignal): ComponentContext {
  return { signal: signal ?? new AbortController().signal, logger: loggerOf(ctx) };
}

/**
 * Finds the policy target registered for the `--target` value's scheme and checks the given options
 * against its config schema. @throws ARGUMENT_INVALID, NAME_UNKNOWN
 */
export function resolvePolicyTarget(
  ctx: CommandContext,
  spec: string,
  options: Record<string, unknown> = {},
): ResolvedPolicyTarget {
  const scheme = targetScheme(spec);
  const entries = ctx.registry.list("policy-target");
  const entry = entries.find((e) => (e.options.schemes ?? [e.id]).includes(scheme));
  if (!entry)
    throw nameUnknown(
      "target scheme",
      [scheme],
      entries.flatMap((e) => e.options.schemes ?? [e.id]),
      "--target",
    );
  const shape = (entry.options.configSchema as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (shape) {
    for (const name of Object.keys(options)) {
      if (name in shape) continue;
      const flag = TARGET_FLAGS[name as keyof typeof TARGET_FLAGS] ?? name;
      const valid = Object.keys(shape).map((k) => TARGET_FLAGS[k as keyof typeof TARGET_FLAGS] ?? k);
      throw argumentInvalid(
        flag,
        `does not apply to ${scheme}: targets`,
        `Options of ${scheme}: targets: ${valid.join(", ") || "none"}.`,
      );
    }
  }
  return {
    id: entry.id,
    plugin: entry.plugin,
    pluginVersion: entry.pluginVersion,
    component: ctx.scope.get("policy-target", entry.id),
    ref: { uri: spec, options },
  };
}

/**
 * Reads the promotion from a gate.json, a dev-cycle-summary.json (top-level key `promotion`), a bare
 * promotion document, or a folder holding one of the first two.
 * @throws ARGUMENT_INVALID (missing file), DOCUMENT_INVALID
 */
export async function readPromotionFile(
  input: string,
  cwd: string,
): Promise<{ promotion: Promotion; file: string }> {
  let file = path.resolve(cwd, input);
  const info = await stat(file).catch(() => undefined);
  if (!info)
    throw argumentInvalid(
      input,
      "no such file or folder",
      "Pass the gate.json or dev-cycle-summary.json written by `benchloop gate` or `benchloop dev-cycle`.",
    );
  if (info.isDirectory()) {
    const found = await Promise.all(
      PROMOTION_FILES.map((name) =>
        stat(path.join(file, name)).then(
          () => name,
          () => undefined,
        ),
      ),
    );
    const name = found.find(Boolean);
    if (!name)
      throw argumentInvalid(
        input,
        `the folder has no ${PROMOTION_FILES.join(" or ")}`,
        "Run `benchloop gate` or `benchloop dev-cycle` first, or pass the file itself.",
      );
    file = path.join(file, name);
  }
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw documentInvalid("The promotion file", [{ path: "", message: (error as Error).message }], file);
  }
  const wrapped = typeof document === "object" && document !== null && "promotion" in document;
  const block = wrapped ? (document as { promotion: unknown }).promotion : document;
  const parsed = PromotionSchema.safeParse(block);
  if (!parsed.success)
    throw documentInvalid(
      `The promotion in ${path.basename(file)}`,
      toValidationIssues(parsed.error, wrapped ? ["promotion"] : []),
      file,
    );
  return { promotion: parsed.data, file };
}

/**
 * Applies a promotion to the target named by `targetSpec` (`file:PATH`, `http(s)://URL`), writing a
 * checkpoint first; what `benchloop apply` and `dev-cycle --apply --target` do.
 * @throws APPLY_REFUSED (exit code 5 at the CLI), ARGUMENT_INVALID, NAME_UNKNOWN, TARGET_FAILED
 */
export async function applyFromPromotion(
  ctx: CommandContext,
  promotion: Promotion,
  targetSpec: string,
  options: ApplyFromPromotionOptions = {},
): Promise<ApplyOutcome> {
  const keys = Array.isArray(options.map)
    ? parseKeyMap(options.map as readonly string[])
    : { ...(options.map as Record<string, string> | undefined) };
  const target = resolvePolicyTarget(ctx, targetSpec, options.targetOptions);
  const checkpointDir = options.checkpointDir
    ? path.resolve(ctx.cwd, options.checkpointDir)
    : path.join(path.resolve(ctx.cwd, ctx.config.resultsDir), CHECKPOINTS_DIR);
  return applyPromotion(
    {
      promotion,
      sourceFile: options.sourceFile,
      target,
      keys,
      checkpointDir,
      force: options.force,
      dryRun: options.dryRun,
    },
    componentContext(ctx, options.signal),
  );
}

function show(value: string | null | undefined): string {
  return value === null || value === undefined ? "(absent)" : value;
}

/** The terminal text of an apply: a table profile → key → before → after, then what was written. */
export function formatApplyOutcome(outcome: ApplyOutcome): string {
  const { plan } = outcome;
  const rows = [
    ...plan.changes.map((c) => [
      c.profile,
      c.key,
      show(c.previous),
      c.changed ? `→ ${c.model}` : "= unchanged",
    ]),
    ...plan.skipped.map((s) => [s.profile, "", "", "skipped (see below)"]),
  ];
  const lines = [
    `apply → ${plan.target.label}`,
    renderTable(["profile", "key", "before", "after"], rows).trimEnd(),
  ];
  for (const skipped of plan.skipped) lines.push(`- ${skipped.profile} not applied: ${skipped.reason}`);
  if (plan.forced) lines.push("! forced over a gate that did not pass (recorded in the checkpoint)");
  const changed = plan.changes.filter((c) => c.changed).length;
  const keys = `${changed} key${changed === 1 ? "" : "s"}`;
  if (outcome.status === "dry-run") lines.push(`dry run: would set ${keys}; nothing written, no checkpoint`);
  else if (outcome.status === "unchanged")
    lines.push("✓ the target already holds every model; nothing written");
  else {
    lines.push(`✓ applied ${keys}; checkpoint ${outcome.checkpointFile}`);
    lines.push(`  undo with: benchloop rollback --checkpoint ${outcome.checkpointFile}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The terminal text of a rollback. */
export function formatRollbackOutcome(outcome: RollbackOutcome, checkpointFile: string): string {
  const keys = Object.keys(outcome.checkpoint.next);
  const rows = keys.map((key) => [
    key,
    show(outcome.before[key]),
    key in outcome.restore ? `→ ${show(outcome.restore[key])}` : "= already restored",
  ]);
  const lines = [
    `rollback → ${outcome.checkpoint.target.label} (checkpoint of ${outcome.checkpoint.createdAt})`,
    renderTable(["key", "now", "restore"], rows).trimEnd(),
  ];
  if (outcome.drift.length > 0 && outcome.status !== "unchanged")
    lines.push(`! forced over ${outcome.drift.length} drifted key(s) (recorded)`);
  const count = Object.keys(outcome.restore).length;
  if (outcome.status === "dry-run") lines.push(`dry run: would restore ${count} key(s); nothing written`);
  else if (outcome.status === "unchanged")
    lines.push(
      `✓ the target already holds the state before ${path.basename(checkpointFile)}; nothing written`,
    );
  else lines.push(`✓ restored ${count} key(s); record ${outcome.recordFile}`);
  return `${lines.join("\n")}\n`;
}

function targetOptionsOf(flags: ApplyFlags): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (flags.format !== undefined) options.format = flags.format;
  if (flags.create !== undefined) options.create = flags.create;
  if (flags.method !== undefined) options.method = flags.method.toUpperCase();
  if (flags.tokenEnv !== undefined) options.tokenEnv = flags.tokenEnv;
  if (flags.timeout !== undefined) {
    const ms = Number(flags.timeout);
    if (!Number.isInteger(ms) || ms <= 0)
      throw argumentInvalid(
        "--timeout",
        `"${flags.timeout}" is not a whole number of milliseconds`,
        "Write --timeout 5000.",
      );
    options.timeoutMs = ms;
  }
  return options;
}

/** Runs a command body; refusals print their message and set exit code 5 instead of failing. */
async function refusable(app: CliApp, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (BenchloopError.is(error) && REFUSALS.has(error.code)) {
      app.io.err(formatError(error));
      app.setExitCode(EXIT_CODES.refused);
      return;
    }
    throw error;
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
    .requiredOption("--target <target>", "where to apply: file:PATH or an http(s):// URL")
    .option("--dry-run", "show what would change; write nothing (no checkpoint)")
    .option("--force", "apply even when the gate is blocked or failed (recorded in the checkpoint)")
    .option("--checkpoint-dir <dir>", "where checkpoints go (default: <results-dir>/checkpoints)")
    .option(
      "--map <profile=key>",
      "target key for a profile (repeatable; default: the profile name)",
      collectValues,
    )
    .option("--format <format>", "file targets: json, yaml or env (default: from the file name)")
    .option("--create", "file targets: create the file when it does not exist")
    .option("--method <method>", "http targets: POST or PUT (default POST)")
    .option(
      "--token-env <name>",
      "http targets: variable holding the bearer token (default BENCHLOOP_TARGET_TOKEN)",
    )
    .option("--timeout <ms>", "http targets: milliseconds per request (default 10000)")
    .option("--json", "print the outcome as JSON")
    .action(async (input: string, flags: ApplyFlags, command: Command) => {
      await refusable(app, async () => {
        const { promotion, file } = await readPromotionFile(input, app.cwd);
        const ctx = await app.loadContext(command, { validatePluginConfig: false });
        try {
          const outcome = await applyFromPromotion(ctx, promotion, flags.target, {
            sourceFile: file,
            checkpointDir: flags.checkpointDir,
            force: flags.force,
            dryRun: flags.dryRun,
            map: flags.map ?? [],
            targetOptions: targetOptionsOf(flags),
          });
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
    .action(async (flags: RollbackFlags, command: Command) => {
      await refusable(app, async () => {
        const checkpointFile = path.resolve(app.cwd, flags.checkpoint);
        const checkpoint = await readCheckpoint(checkpointFile);
        const ctx = await app.loadContext(command, { validatePluginConfig: false });
        try {
          const { id } = checkpoint.target;
          if (!ctx.registry.has("policy-target", id))
            throw nameUnknown(
              "policy target",
              [id],
              ctx.registry.list("policy-target").map((e) => e.id),
            );
          const outcome = await rollbackCheckpoint(
            {
              checkpointFile,
              target: ctx.scope.get("policy-target", id),
              force: flags.force,
              dryRun: flags.dryRun,
            },
            componentContext(ctx),
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
    });
}
