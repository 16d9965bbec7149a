// Checks of a harness plugin as the CLI sees it: its registry entry, the config paths it reports as
// invalid, a probe of the harness the registry builds from a run's config, and the option rows of its
// README (so documentation and schema descriptions stay one text).
import { readFile } from "node:fs/promises";
import type { BenchloopPlugin, ComponentEntry, ProbeResult } from "@benchloop/core";
import { ConfigSchema, createRedactor, createRegistry, createSecrets, SILENT_LOGGER } from "@benchloop/core";

/** The registry entries a plugin adds. */
export function registeredEntries(plugin: BenchloopPlugin): ComponentEntry[] {
  return createRegistry().addPlugin(plugin, "0.1.0");
}

/** The sorted config paths the plugin reports for `harnesses: { [id]: options }`. */
export function harnessConfigIssues(
  plugin: BenchloopPlugin,
  id: string,
  options: Record<string, unknown>,
): string[] {
  const registry = createRegistry();
  registry.addPlugin(plugin, "0.1.0");
  const config = ConfigSchema.parse({ harnesses: { [id]: options } });
  return registry
    .validateConfig(config)
    .map((issue) => issue.path)
    .sort();
}

/** Builds harness `id` through the registry from `harnesses: { [id]: options }` and probes it. */
export async function probeThroughRegistry(
  plugin: BenchloopPlugin,
  id: string,
  options: Record<string, unknown>,
): Promise<ProbeResult> {
  const registry = createRegistry();
  registry.addPlugin(plugin, "0.1.0");
  const config = ConfigSchema.parse({ harnesses: { [id]: options } });
  const scope = registry.createScope({
    config,
    cwd: process.cwd(),
    secrets: createSecrets({}, createRedactor()),
  });
  try {
    return await scope
      .get("harness", id)
      .probe({ signal: new AbortController().signal, logger: SILENT_LOGGER });
  } finally {
    await scope.dispose();
  }
}

/** The README's option table: option name → its description column (rows "| `name` | … | text |"). */
export async function readmeOptionRows(readme: URL): Promise<Map<string, string | undefined>> {
  const text = await readFile(readme, "utf8");
  return new Map(
    [...text.matchAll(/^\|\s*`(\w+)`\s*\|.*\|\s*([^|]+?)\s*\|$/gm)].map((match) => [
      match[1] ?? "",
      match[2]?.trim(),
    ]),
  );
}

/** Each option of a zod object schema with its description, to compare with {@link readmeOptionRows}. */
export function schemaDescriptions(schema: {
  shape: Record<string, { description?: string }>;
}): [string, string | undefined][] {
  return Object.entries(schema.shape).map(([option, field]) => [option, field.description]);
}

/**
 * The options whose README row differs from the schema's own description (each as "option: README says
 * …, schema says …"); empty when the README documents every option as the schema does.
 */
export async function readmeOptionMismatches(
  schema: { shape: Record<string, { description?: string }> },
  readme: URL,
): Promise<string[]> {
  const rows = await readmeOptionRows(readme);
  return schemaDescriptions(schema)
    .filter(([option, description]) => rows.get(option) !== description)
    .map(
      ([option, description]) =>
        `${option}: README says ${JSON.stringify(rows.get(option))}, schema says ${JSON.stringify(description)}`,
    );
}
