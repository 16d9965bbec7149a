// `benchloop apply <summary|gate.json> [--target …]` and `benchloop rollback --checkpoint FILE`: apply a
// gate's promotion to a policy target (file or HTTP endpoint) with a checkpoint first, and undo it.
// `applyFromPromotion` is the same apply for `dev-cycle --apply`; the target, keys and options come
// from flags over the config's `apply` section; Ctrl-C aborts the target's request (exit code 130).
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
  toValidationIssues,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import type { CommandContext } from "../context.js";
import { EXIT_CODES } from "../exit-codes.js";
import { renderTable } from "../output/table.js";
import { formatError } from "../run-cli.js";
import { withCtrlC } from "./ctrl-c.js";
import { collectValues } from "./run-input.js";

/** Files `apply` looks for when given a folder, in order. */
export const PROMOTION_FILES = ["dev-cycle-summary.json", "gate.json"] as const;

/** Exit codes of errors that are outcomes, not crashes: refusals (5) and Ctrl-C (130). */
const OUTCOME_EXIT_CODES: Readonly<Record<string, number>> = {
  APPLY_REFUSED: EXIT_CODES.refused,
  TARGET_DRIFTED: EXIT_CODES.refused,
  TARGET_INTERRUPTED: EXIT_CODES.interrupted,
};

/** Target option flags, by the option name target plugins validate. */
const TARGET_FLAGS = {
  format: "--format",
  create: "--create",
  method: "--method",
  tokenEnv: "--token-env",
  timeoutMs: "--timeout",
} as const;

/** What the command line says about the target; each value wins over the config's `apply` section. */
export interface ApplyFlagValues {
  /** `--target`: `file:PATH` (relative to the current folder) or an http(s) URL. */
  target?: string;
  /** `--map profile=key` values. */
  map?: readonly string[];
  /** Target options from flags (`format`, `create`, `method`, `tokenEnv`, `timeoutMs`). */
  options?: Record<string, unknown>;
}

/** Where and how a promotion is applied: flags over the config's `apply` section. */
export interface ApplySettings {
  /** `file:PATH` or an http(s) URL; a relative `file:` path from the config is made absolute. */
  target: string;
  /** Target key per profile (unmapped profiles use their name). */
  keys: Record<string, string>;
  /** Target options, validated by the target. */
  options: Record<string, unknown>;
  /** For options taken from the config: the field that set each (`apply.options.format in …`). */
  optionSources: Record<string, string>;
  /** Profiles whose key came from the config's `apply.keys`, with the config file, for messages. */
  configKeys: { profiles: string[]; file: string };
}

/** Options of {@link applyFromPromotion}. */
export interface ApplyFromPromotionOptions {
  /** The gate.json / dev-cycle summary the promotion came from (recorded in the checkpoint). */
  sourceFile?: string;
  /** Default `<results-dir>/checkpoints`. */
  checkpointDir?: string;
  force?: boolean;
  /** Apply a promotion built on simulated runs (`--allow-simulated`). */
  allowSimulated?: boolean;
  dryRun?: boolean;
  /** Aborts the target's requests (Ctrl-C); see {@link withTargetCtrlC}. */
  signal?: AbortSignal;
}

interface ApplyFlags {
  target?: string;
  dryRun?: boolean;
  force?: boolean;
  allowSimulated?: boolean;
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
  return ctx.logger;
}

function componentContext(ctx: CommandContext, signal?: AbortSignal): ComponentContext {
  return { signal: signal ?? new AbortController().signal, logger: loggerOf(ctx) };
}

/** A `file:` target from the config with its relative path made absolute against `dir`. */
function resolveConfigTarget(spec: string, dir: string): string {
  if (!/^file:/i.test(spec) || /^file:\/\//i.test(spec)) return spec;
  const written = spec.slice("file:".length);
  if (written === "" || written === "~" || written.startsWith("~/") || path.isAbsolute(written)) return spec;
  return `file:${path.resolve(dir, written)}`;
}

/**
 * The target, keys and options of an apply: `--target` over `apply.target`, each `--map` over the same
 * profile in `apply.keys`, each option flag over `apply.options` (whose options are used unless
 * `--target` names another kind of target than `apply.target`). `command` names the command in errors.
 * @throws ARGUMENT_INVALID when neither names a target, or a `--map` value is malformed
 */
export function resolveApplySettings(
  ctx: CommandContext,
  flags: ApplyFlagValues,
  command: string,
): ApplySettings {
  const section = ctx.config.apply ?? {};
  const file = ctx.loaded.file;
  const where = file ? path.relative(ctx.cwd, file) || file : "benchloop.config.json";
  const configTarget = section.target
    ? resolveConfigTarget(section.target, file ? path.dirname(file) : ctx.cwd)
    : undefined;
  const target = flags.target ?? configTarget;
  if (!target)
    throw argumentInvalid(
      "--target",
      `${command} needs a policy target: neither --target nor \`apply.target\` in the config names one`,
      `Pass --target file:PATH or --target http(s)://URL, or set "apply": { "target": "file:PATH" } in ${where} (a file: path there is relative to the config file's folder).`,
    );
  const useConfigOptions =
    flags.target === undefined ||
    configTarget === undefined ||
    targetScheme(flags.target) === targetScheme(configTarget);
  const options: Record<string, unknown> = {};
  const optionSources: Record<string, string> = {};
  if (useConfigOptions)
    for (const [name, value] of Object.entries(section.options ?? {})) {
      if (value === undefined) continue;
      options[name] = value;
      optionSources[name] = `apply.options.${name} in ${where}`;
    }
  for (const [name, value] of Object.entries(flags.options ?? {})) {
    options[name] = value;
    delete optionSources[name];
  }
  const flagKeys = parseKeyMap(flags.map ?? []);
  const profiles = Object.keys(section.keys ?? {}).filter((profile) => !(profile in flagKeys));
  return {
    target,
    keys: { ...section.keys, ...flagKeys },
    options,
    optionSources,
    configKeys: { profiles, file: where },
  };
}

/**
 * Runs `body` with a signal that the first Ctrl-C aborts (an AbortError, as `benchloop run`'s control
 * gives), telling the user; a second Ctrl-C ends the process the default way.
 */
export function withTargetCtrlC<T>(app: CliApp, body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return withCtrlC(body, {
    reason: () => new DOMException("Ctrl-C", "AbortError"),
    notice: () =>
      app.io.err("\nStopping: aborting the policy target's request (Ctrl-C again ends at once).\n"),
  });
}

/**
 * Finds the policy target registered for the `--target` value's scheme and checks the given options
 * against its config schema; `optionSources` names where config-given options came from.
 * @throws ARGUMENT_INVALID, NAME_UNKNOWN
 */
export function resolvePolicyTarget(
  ctx: CommandContext,
  spec: string,
  options: Record<string, unknown> = {},
  optionSources: Readonly<Record<string, string>> = {},
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
      const flag = optionSources[name] ?? TARGET_FLAGS[name as keyof typeof TARGET_FLAGS] ?? name;
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
 * True when the document wrapping a promotion says its runs were simulated: a dev-cycle summary's or a
 * gate report's `simulated`, or a gate report run's (files written before promotions carried the flag).
 */
function wrapperIsSimulated(document: object): boolean {
  const wrapper = document as { simulated?: unknown; runs?: unknown };
  if (wrapper.simulated === true) return true;
  return (
    Array.isArray(wrapper.runs) &&
    wrapper.runs.some((run) => (run as { simulated?: unknown } | null)?.simulated === true)
  );
}

/**
 * Reads the promotion from a gate.json, a dev-cycle-summary.json (top-level key `promotion`), a bare
 * promotion document, or a folder holding one of the first two. The promotion is marked `simulated`
 * when it or the document around it says its runs were simulated.
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
  const simulated = parsed.data.simulated === true || (wrapped && wrapperIsSimulated(document as object));
  return { promotion: simulated ? { ...parsed.data, simulated } : parsed.data, file };
}

/**
 * Applies a promotion to the target of `settings` (from {@link resolveApplySettings}), writing a
 * checkpoint first; what `benchloop apply` and `dev-cycle --apply` do.
 * @throws APPLY_REFUSED (exit code 5 at the CLI), ARGUMENT_INVALID, NAME_UNKNOWN, TARGET_FAILED,
 * TARGET_INTERRUPTED (exit code 130)
 */
export async function applyFromPromotion(
  ctx: CommandContext,
  promotion: Promotion,
  settings: ApplySettings,
  options: ApplyFromPromotionOptions = {},
): Promise<ApplyOutcome> {
  const profiles = promotion.assignments.map((a) => a.profile);
  const unknown = settings.configKeys.profiles.find((profile) => !profiles.includes(profile));
  if (unknown !== undefined)
    throw argumentInvalid(
      `apply.keys.${unknown} in ${settings.configKeys.file}`,
      `no profile named "${unknown}" in the promotion`,
      `Profiles in the promotion: ${profiles.join(", ") || "(none)"}. Fix or remove the key in the config.`,
    );
  const keys = settings.keys;
  const target = resolvePolicyTarget(ctx, settings.target, settings.options, settings.optionSources);
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
      allowSimulated: options.allowSimulated,
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
      c.previousNull ? "null" : show(c.previous),
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
    key in outcome.restore
      ? `→ ${outcome.restoreNull.includes(key) ? "null" : show(outcome.restore[key])}`
      : "= already restored",
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
      await withPromotionOutcomes(app, async () => {
        const { promotion, file } = await readPromotionFile(input, app.cwd);
        const ctx = await app.loadContext(command, { validatePluginConfig: false });
        try {
          const settings = resolveApplySettings(
            ctx,
            { target: flags.target, map: flags.map, options: targetOptionsOf(flags) },
            "apply",
          );
          const outcome = await withTargetCtrlC(app, (signal) =>
            applyFromPromotion(ctx, promotion, settings, {
              sourceFile: file,
              checkpointDir: flags.checkpointDir,
              force: flags.force,
              allowSimulated: flags.allowSimulated,
              dryRun: flags.dryRun,
              signal,
            }),
          );
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
      await withPromotionOutcomes(app, async () => {
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
          const outcome = await withTargetCtrlC(app, (signal) =>
            rollbackCheckpoint(
              {
                checkpointFile,
                target: ctx.scope.get("policy-target", id),
                force: flags.force,
                dryRun: flags.dryRun,
              },
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
    });
}
