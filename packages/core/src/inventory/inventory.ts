// What the installed plugins offer on this machine (`benchloop list`): every harness probed (available,
// or why not), every test of every source, every model the available harnesses list; with their tables.
import type { Config } from "../config/config-schema.js";
import { toBenchloopError } from "../errors/benchloop-error.js";
import type { ComponentContext, ProbeResult } from "../plugin/contracts.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import { SILENT_LOGGER } from "../plugin/services.js";
import { renderTable } from "../text/table.js";
import { wrapText } from "../text/wrap-text.js";

/** The registry and scope whose components are listed. */
export interface InventoryScope {
  registry: Registry;
  scope: RegistryScope;
  config: Config;
}

/** One harness as `list harnesses` reports it. */
export interface HarnessStatus {
  id: string;
  plugin: string;
  version: string;
  available: boolean;
  serverVersion?: string;
  endpoint?: string;
  reason?: string;
}

function componentContext(): ComponentContext {
  return { signal: AbortSignal.timeout(10_000), logger: SILENT_LOGGER };
}

/** Probes every harness at once (agent probes start processes) and reports them in registry order. */
export function probeHarnesses({ registry, scope }: InventoryScope): Promise<HarnessStatus[]> {
  return Promise.all(
    registry.list("harness").map(async (entry): Promise<HarnessStatus> => {
      const probe = await scope
        .get("harness", entry.id)
        .probe(componentContext())
        .catch((e: unknown): ProbeResult => ({ available: false, reason: toBenchloopError(e).message }));
      return {
        id: entry.id,
        plugin: entry.plugin,
        version: entry.version,
        available: probe.available,
        ...(probe.version ? { serverVersion: probe.version } : {}),
        ...(probe.endpoint ? { endpoint: probe.endpoint } : {}),
        ...(probe.available ? {} : { reason: probe.reason ?? "unavailable" }),
      };
    }),
  );
}

/** The harness table, then why each unavailable one is unavailable, whole and wrapped to `columns`. */
export function renderHarnesses(statuses: readonly HarnessStatus[], columns: number): string {
  if (statuses.length === 0) return "No harnesses installed.\n";
  const rows = statuses.map((h) => [
    h.id,
    h.plugin,
    h.version,
    h.available ? `✓ ${h.serverVersion ?? ""}`.trim() : "✗ unavailable",
  ]);
  const unavailable = statuses.filter((h) => !h.available);
  const width = Math.max(...unavailable.map((h) => h.id.length), 0);
  const reasons = unavailable.flatMap((h) => wrapText(h.reason ?? "", columns, `  ${h.id.padEnd(width)}  `));
  const why = reasons.length > 0 ? `\nWhy unavailable:\n${reasons.join("\n")}\n` : "";
  return `${renderTable(["harness", "plugin", "version", "status"], rows)}${why}`;
}

/** Every test of every installed source, as a table; only those of `suites` when given. */
export async function renderInstalledTests(
  { registry, scope, config }: InventoryScope,
  suites?: readonly string[],
): Promise<string> {
  const rows: string[][] = [];
  for (const entry of registry.list("test-source")) {
    const source = scope.get("test-source", entry.id);
    const tests = await source.load({ options: config.sources[entry.id] ?? {} }, componentContext());
    for (const test of tests)
      if (!suites || suites.includes(test.suite))
        rows.push([test.id, test.suite, test.version, entry.id, test.title ?? ""]);
  }
  return rows.length
    ? renderTable(["test", "suite", "version", "source", "title"], rows)
    : "No tests installed.\n";
}

/** One model an available harness lists. */
export interface InstalledModel {
  name: string;
  harness: string;
  parameterSize?: string;
  quantization?: string;
  digest?: string;
}

/** Every model the available harnesses list (harnesses without `listModels` or unavailable are left out). */
export async function listInstalledModels({
  registry,
  scope,
}: Omit<InventoryScope, "config">): Promise<InstalledModel[]> {
  const found: InstalledModel[] = [];
  for (const entry of registry.list("harness")) {
    const harness = scope.get("harness", entry.id);
    if (!harness.listModels) continue;
    const probe = await harness.probe(componentContext()).catch(() => ({ available: false }));
    if (!probe.available) continue;
    for (const model of await harness.listModels(componentContext()))
      found.push({
        name: model.name,
        harness: entry.id,
        ...(model.parameterSize ? { parameterSize: model.parameterSize } : {}),
        ...(model.quantization ? { quantization: model.quantization } : {}),
        ...(model.digest ? { digest: model.digest } : {}),
      });
  }
  return found;
}

/** The suites of every installed test source, each with its number of tests, in name order. */
export async function listInstalledSuites({
  registry,
  scope,
  config,
}: InventoryScope): Promise<{ suite: string; tests: number }[]> {
  const counts = new Map<string, number>();
  for (const entry of registry.list("test-source")) {
    const source = scope.get("test-source", entry.id);
    const tests = await source.load({ options: config.sources[entry.id] ?? {} }, componentContext());
    for (const test of tests) counts.set(test.suite, (counts.get(test.suite) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([suite, tests]) => ({ suite, tests }));
}

/** Every model the available harnesses list, as a table. */
export async function renderInstalledModels(scope: InventoryScope): Promise<string> {
  const rows = (await listInstalledModels(scope)).map((model) => [
    model.name,
    model.harness,
    model.parameterSize ?? "",
    model.quantization ?? "",
    model.digest?.slice(0, 12) ?? "",
  ]);
  return rows.length
    ? renderTable(["model", "harness", "params", "quant", "digest"], rows)
    : "No models found (no harness is available or none lists models).\n";
}
