// Where and how a promotion is applied: `--target` over the config's `apply.target`, each `--map` over
// `apply.keys`, each `--option` over `apply.options`; then the apply itself (checkpoint first), which
// `benchloop apply` and `dev-cycle --apply` share.
import path from "node:path";
import type { Config } from "../config/config-schema.js";
import { argumentInvalid } from "../errors/catalog.js";
import type { ComponentContext } from "../plugin/contracts.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import { type ApplyOutcome, applyPromotion } from "./apply-promotion.js";
import { CHECKPOINTS_DIR } from "./checkpoint-store.js";
import {
  coerceTargetOptions,
  findPolicyTarget,
  targetOptionsSchema,
  targetScheme,
} from "./find-policy-target.js";
import type { Promotion } from "./promotion.js";

/** What a promotion command works with (a CLI command context fits). */
export interface PromotionCommandContext {
  cwd: string;
  config: Config;
  loaded: { file?: string };
  registry: Registry;
  scope: RegistryScope;
}

/** What the command line says about the target; each value wins over the config's `apply` section. */
export interface ApplyFlagValues {
  /** `--target`: `file:PATH` (relative to the current folder) or an http(s) URL. */
  target?: string;
  /** `--map profile=key` values. */
  map?: readonly string[];
  /** `--option name=value` values, read by the target's option schema. */
  options?: readonly string[];
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

/** Parses `flag` values `name=value` (`--map profile=key`, `--option name=value`). @throws ARGUMENT_INVALID */
export function parsePairs(flag: string, values: readonly string[], example: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    const name = value.slice(0, at).trim();
    const text = value.slice(at + 1).trim();
    if (at <= 0 || name === "" || text === "")
      throw argumentInvalid(
        flag,
        `"${value}" is not name=value`,
        `Write ${flag} ${example} (once per name).`,
      );
    if (map[name] !== undefined && map[name] !== text)
      throw argumentInvalid(flag, `"${name}" is given twice`, "Give each name once.");
    map[name] = text;
  }
  return map;
}

/** A `file:` target from the config with its relative path made absolute against `dir`. */
function resolveConfigTarget(spec: string, dir: string): string {
  if (!/^file:/i.test(spec) || /^file:\/\//i.test(spec)) return spec;
  const written = spec.slice("file:".length);
  if (written === "" || written === "~" || written.startsWith("~/") || path.isAbsolute(written)) return spec;
  return `file:${path.resolve(dir, written)}`;
}

/**
 * The target, keys and options of an apply. The config's options are used unless `--target` names
 * another kind of target than `apply.target`. `command` names the command in errors.
 * @throws ARGUMENT_INVALID when neither names a target, or a `--map`/`--option` value is malformed
 */
export function resolveApplySettings(
  ctx: PromotionCommandContext,
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
  const written = parsePairs("--option", flags.options ?? [], "create=true");
  for (const [name, value] of Object.entries(
    coerceTargetOptions(targetOptionsSchema(ctx.registry, target), written),
  )) {
    options[name] = value;
    delete optionSources[name];
  }
  const flagKeys = parsePairs("--map", flags.map ?? [], "balanced=models.default");
  const profiles = Object.keys(section.keys ?? {}).filter((profile) => !(profile in flagKeys));
  return {
    target,
    keys: { ...section.keys, ...flagKeys },
    options,
    optionSources,
    configKeys: { profiles, file: where },
  };
}

/** Options of {@link applyWithSettings}. */
export interface ApplyWithSettingsOptions {
  /** The gate.json / dev-cycle summary the promotion came from (recorded in the checkpoint). */
  sourceFile?: string;
  /** Default `<results-dir>/checkpoints`. */
  checkpointDir?: string;
  force?: boolean;
  /** Apply a promotion built on simulated runs (`--allow-simulated`). */
  allowSimulated?: boolean;
  dryRun?: boolean;
}

/**
 * Applies a promotion to the target of `settings`, writing a checkpoint first.
 * @throws APPLY_REFUSED, ARGUMENT_INVALID, NAME_UNKNOWN, TARGET_FAILED, TARGET_INTERRUPTED
 */
export function applyWithSettings(
  ctx: PromotionCommandContext,
  promotion: Promotion,
  settings: ApplySettings,
  options: ApplyWithSettingsOptions,
  component: ComponentContext,
): Promise<ApplyOutcome> {
  const profiles = promotion.assignments.map((a) => a.profile);
  const unknown = settings.configKeys.profiles.find((profile) => !profiles.includes(profile));
  if (unknown !== undefined)
    throw argumentInvalid(
      `apply.keys.${unknown} in ${settings.configKeys.file}`,
      `no profile named "${unknown}" in the promotion`,
      `Profiles in the promotion: ${profiles.join(", ") || "(none)"}. Fix or remove the key in the config.`,
    );
  const target = findPolicyTarget(ctx.registry, ctx.scope, settings.target, settings);
  const checkpointDir = options.checkpointDir
    ? path.resolve(ctx.cwd, options.checkpointDir)
    : path.join(path.resolve(ctx.cwd, ctx.config.resultsDir), CHECKPOINTS_DIR);
  const { sourceFile, force, allowSimulated, dryRun } = options;
  return applyPromotion(
    { promotion, target, keys: settings.keys, checkpointDir, sourceFile, force, allowSimulated, dryRun },
    component,
  );
}
