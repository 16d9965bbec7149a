// Exporting runs (`benchloop export`, `benchloop report`): the exporter of a format with its options
// checked, the runs narrowed by an item filter, and the output written to a stream or, atomically, to
// a file (a temp file renamed into place, removed when the exporter fails).
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { argumentInvalid, nameUnknown } from "../errors/catalog.js";
import type { Exporter } from "../plugin/contracts.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { Logger } from "../plugin/services.js";
import type { Run } from "../results/run-schema.js";
import { type ItemFilter, toItemPredicate } from "../summary/item-filter.js";
import { runUsedRepair } from "../summary/repair-outcome.js";
import { summarizeRun } from "../summary/summarize-run.js";

/** An exporter ready to run, with the options it accepted. */
export interface ResolvedExporter {
  exporter: Exporter;
  options: Record<string, unknown>;
}

/**
 * The exporter of `format` and its options (`columns`, for exporters whose options take them).
 * @throws NAME_UNKNOWN for a format no exporter has; ARGUMENT_INVALID when it takes no columns
 */
export function resolveExporter(
  registry: Registry,
  scope: RegistryScope,
  format: string,
  columns?: readonly string[],
): ResolvedExporter {
  if (!registry.has("exporter", format))
    throw nameUnknown(
      "export format",
      [format],
      registry.list("exporter").map((e) => e.id),
      "--format",
    );
  const options: Record<string, unknown> = columns ? { columns: [...columns] } : {};
  const schema = registry.entry("exporter", format).options.configSchema;
  if (columns && !(schema?.safeParse(options).success ?? false))
    throw argumentInvalid(
      `--columns ${columns.join(",")}`,
      `the ${format} exporter does not take columns`,
      "Use --columns with --format csv or --format jsonl.",
    );
  return { exporter: scope.get("exporter", format), options };
}

/** The runs with only the items `filter` keeps (summaries recomputed); unchanged without a filter. */
export function filterRuns(runs: readonly Run[], filter: ItemFilter): Run[] {
  if (Object.keys(filter).length === 0) return [...runs];
  const keep = toItemPredicate(filter);
  return runs.map((run) => {
    const items = run.items.filter(keep);
    return { ...run, items, summary: summarizeRun(items, { repair: runUsedRepair(run) }) };
  });
}

/**
 * Runs the exporter into `output`: a stream, or a file path written atomically.
 * @throws what the exporter throws (a file target is then left as it was)
 */
export async function writeExport(
  resolved: ResolvedExporter,
  runs: Run[],
  output: Writable | string,
  logger: Logger,
): Promise<void> {
  const signal = new AbortController().signal;
  const input = { runs, options: resolved.options };
  if (typeof output !== "string") return resolved.exporter.export(input, { output, signal, logger });
  const temp = `${output}.${process.pid}.tmp`;
  const stream = createWriteStream(temp);
  try {
    await resolved.exporter.export(input, { output: stream, signal, logger });
    stream.end();
    await finished(stream);
    await rename(temp, output);
  } catch (error) {
    stream.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}
