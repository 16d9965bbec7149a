// Finds the policy target for a `--target` value by its scheme (`file:`, `http(s)://`) through the
// registry, and checks the options against that target's own schema: core knows no target's options.
import { argumentInvalid, nameUnknown } from "../errors/catalog.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { ResolvedPolicyTarget } from "./apply-promotion.js";

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

type Parser = {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
  };
};
type Shape = Record<string, Parser>;

function shapeOf(schema: unknown): Shape | undefined {
  return (schema as { shape?: Shape } | undefined)?.shape;
}

/**
 * `--option key=value` values as the target's schema takes them: the text itself when the field
 * accepts it, else the text read as JSON (`true`, `5000`), else the text (the target then says why).
 */
export function coerceTargetOptions(
  schema: unknown,
  values: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const shape = shapeOf(schema);
  const options: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(values)) {
    const field = shape?.[name];
    options[name] = text;
    if (!field || field.safeParse(text).success) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (field.safeParse(value).success) options[name] = value;
    } catch {
      // not JSON: kept as text
    }
  }
  return options;
}

/** Options of {@link findPolicyTarget}. */
export interface FindPolicyTargetOptions {
  /** Target options (from `--option` and the config's `apply.options`). */
  options?: Record<string, unknown>;
  /** For options taken from the config: the field that set each (`apply.options.format in …`). */
  optionSources?: Readonly<Record<string, string>>;
}

/**
 * The policy target registered for the scheme of `spec`, with the options checked by name against the
 * target's schema (the target validates their values when it describes itself).
 * @throws ARGUMENT_INVALID (an option the target does not have), NAME_UNKNOWN (no target for the scheme)
 */
export function findPolicyTarget(
  registry: Registry,
  scope: RegistryScope,
  spec: string,
  { options = {}, optionSources = {} }: FindPolicyTargetOptions = {},
): ResolvedPolicyTarget {
  const scheme = targetScheme(spec);
  const entries = registry.list("policy-target");
  const entry = entries.find((e) => (e.options.schemes ?? [e.id]).includes(scheme));
  if (!entry)
    throw nameUnknown(
      "target scheme",
      [scheme],
      entries.flatMap((e) => e.options.schemes ?? [e.id]),
      "--target",
    );
  const shape = shapeOf(entry.options.configSchema);
  if (shape) {
    const unknown = Object.keys(options).find((name) => !(name in shape));
    if (unknown !== undefined)
      throw argumentInvalid(
        optionSources[unknown] ?? `--option ${unknown}`,
        `does not apply to ${scheme}: targets`,
        `Options of ${scheme}: targets: ${Object.keys(shape).join(", ") || "none"} (--option NAME=VALUE).`,
      );
  }
  const issue = (entry.options.configSchema as Parser | undefined)?.safeParse(options).error?.issues[0];
  if (issue) {
    const name = String(issue.path[0] ?? "");
    throw argumentInvalid(
      optionSources[name] ?? `--option ${name}`,
      `${issue.message} (an option of ${scheme}: targets)`,
      `The ${entry.id} target's README lists its options and their values.`,
    );
  }
  return {
    id: entry.id,
    plugin: entry.plugin,
    pluginVersion: entry.pluginVersion,
    component: scope.get("policy-target", entry.id),
    ref: { uri: spec, options },
  };
}

/** The option schema of the target for `spec`'s scheme, if one is registered. */
export function targetOptionsSchema(registry: Registry, spec: string): unknown {
  const scheme = targetScheme(spec);
  return registry.list("policy-target").find((e) => (e.options.schemes ?? [e.id]).includes(scheme))?.options
    .configSchema;
}
