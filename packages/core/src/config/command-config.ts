// The config of one command after its plugins loaded: agent harnesses pointed at the Ollama server the
// command names (`--ollama-url`, `--demo`), and the plugin sections checked for the kinds it loaded.
import type { ValidationIssue } from "../errors/catalog.js";
import type { ComponentKind } from "../plugin/contracts.js";
import type { Registry } from "../plugin/registry.js";
import type { LoadedConfig } from "./load-config.js";

/** The config section of each kind's options, whose entries name components of that kind. */
const SECTION_OF: Partial<Record<ComponentKind, string>> = {
  harness: "harnesses",
  "test-source": "sources",
  scorer: "scorers",
  exporter: "exporters",
};

/**
 * Sets `baseUrl` of each agent harness the user wrote no server for (in the resolved config only). A
 * section is added only for an agent that is asked for (or all): a section in `harnesses` makes a run
 * use it.
 */
export function pointAgentsAt(
  url: string,
  registry: Registry,
  loaded: LoadedConfig,
  asked: readonly string[] | "all",
): void {
  const written = (loaded.written.harnesses ?? {}) as Record<string, { baseUrl?: unknown; api?: unknown }>;
  const harnesses = loaded.config.harnesses as Record<string, unknown>;
  for (const entry of registry.list("harness")) {
    if (!entry.options.capabilities?.agent) continue;
    if (asked !== "all" && !asked.includes(entry.id) && !Object.hasOwn(harnesses, entry.id)) continue;
    const own = written[entry.id];
    if (own?.baseUrl !== undefined || own?.api === "openai") continue;
    const section = harnesses[entry.id];
    harnesses[entry.id] = {
      ...(typeof section === "object" && section !== null ? section : {}),
      baseUrl: url,
    };
  }
}

/**
 * The plugin config issues of the kinds a command loaded (all kinds when undefined): the sections of
 * other kinds name components that are not loaded, not missing.
 */
export function pluginConfigIssues(
  registry: Registry,
  loaded: LoadedConfig,
  kinds?: readonly ComponentKind[],
): ValidationIssue[] {
  const skipped = Object.entries(SECTION_OF).flatMap(([kind, section]) =>
    kinds && !kinds.includes(kind as ComponentKind) ? [`${section}.`] : [],
  );
  return registry
    .validateConfig(loaded.config)
    .filter((issue) => !skipped.some((prefix) => issue.path.startsWith(prefix)));
}
