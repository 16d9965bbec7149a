// A component's config section, parsed once per config: `validateConfig` parses every section with its
// component's `configSchema` and keeps the result, and the factory later receives that same value
// (defaults applied), so no plugin parses its section again.
import type { Config } from "../config/config-schema.js";
import { configInvalid, type ValidationIssue } from "../errors/catalog.js";
import { formatPath } from "../errors/zod-issues.js";
import type { ComponentKind } from "./contracts.js";
import type { ComponentOptions } from "./define-plugin.js";

/**
 * The config section of each kind, where component options live. Gate policies and policy targets have
 * none: their options arrive with each call (`gate.options` for the chosen policy, `apply.options` for
 * the target), checked against their `configSchema` there, so the registry leaves them unparsed.
 */
export const CONFIG_SECTION: Partial<Record<ComponentKind, keyof Config>> = {
  harness: "harnesses",
  "test-source": "sources",
  scorer: "scorers",
  exporter: "exporters",
};

/** The component a section belongs to. */
export interface SectionOwner {
  kind: ComponentKind;
  id: string;
  options: ComponentOptions;
}

/** The outcome of parsing one section. */
export type SectionOutcome = { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] };

/** Parses config sections, each at most once per config object. */
export interface SectionParser {
  /** Parses (or recalls) the section of `owner` in `config`. */
  parse(owner: SectionOwner, config: Config): SectionOutcome;
  /** The parsed section of `owner`, for its factory. @throws CONFIG_INVALID naming each bad field */
  read(owner: SectionOwner, config: Config): unknown;
}

/** The raw section of a component in a config (undefined when the config has none). */
export function rawSection(owner: SectionOwner, config: Config): unknown {
  const section = CONFIG_SECTION[owner.kind];
  return section ? (config[section] as Record<string, unknown>)[owner.id] : undefined;
}

/** Creates a section parser whose results live as long as their config object. */
export function createSectionParser(): SectionParser {
  const parsed = new WeakMap<Config, Map<string, SectionOutcome>>();
  const parser: SectionParser = {
    parse(owner, config) {
      let byOwner = parsed.get(config);
      if (!byOwner) {
        byOwner = new Map();
        parsed.set(config, byOwner);
      }
      const key = `${owner.kind}\u0000${owner.id}`;
      const known = byOwner.get(key);
      if (known) return known;
      const outcome = parseSection(owner, rawSection(owner, config));
      byOwner.set(key, outcome);
      return outcome;
    },
    read(owner, config) {
      const outcome = parser.parse(owner, config);
      if (!outcome.ok) throw configInvalid(outcome.issues);
      return outcome.value;
    },
  };
  return parser;
}

function parseSection(owner: SectionOwner, raw: unknown): SectionOutcome {
  const schema = owner.options.configSchema;
  if (!schema || CONFIG_SECTION[owner.kind] === undefined) return { ok: true, value: raw ?? {} };
  const result = schema.safeParse(raw ?? {});
  if (result.success) return { ok: true, value: result.data };
  const section = CONFIG_SECTION[owner.kind] ?? owner.kind;
  const issues: ValidationIssue[] = [];
  for (const issue of result.error.issues) {
    const keys =
      issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const key of keys) {
      issues.push({
        path: formatPath([section, owner.id, ...key]),
        message: issue.code === "unrecognized_keys" ? `unknown key "${String(key.at(-1))}"` : issue.message,
      });
    }
  }
  return { ok: false, issues };
}
