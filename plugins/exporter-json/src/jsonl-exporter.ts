// The JSONL exporter: one JSON object a line, one line per item of every run. By default each line is
// the full item result with its `runId` and `simulated` first; with `columns`, it is the flat export row (docs/export.md)
// with absent values as null, so every line has the same keys.
import { createExportRowMapper, type Exporter, z } from "@benchloop/core";
import { writeChunk } from "./write-chunk.js";

/** Options of the JSONL exporter (`exporters.jsonl` in the config, or `--columns`). */
export const JsonlOptionsSchema = z
  .object({
    columns: z
      .array(z.string())
      .min(1)
      .optional()
      .describe("Write flat rows with these columns instead of full item results."),
  })
  .strict();

/** Options of the JSONL exporter. */
export type JsonlOptions = z.infer<typeof JsonlOptionsSchema>;

const LINES_PER_CHUNK = 200;

/** Creates the `jsonl` exporter; `defaults` come from the config, call options override them. */
export function createJsonlExporter(defaults: JsonlOptions = {}): Exporter {
  return {
    async export(input, ctx) {
      const options = JsonlOptionsSchema.parse({ ...defaults, ...input.options });
      const columns = options.columns;
      const toRow = columns ? createExportRowMapper(columns) : undefined;
      let chunk = "";
      let lines = 0;
      for (const run of input.runs) {
        // `{"runId":…,"simulated":…,` then the item's own members: the text of { runId, simulated, ...item }
        // without copying it.
        const prefix = `{"runId":${JSON.stringify(run.runId)},"simulated":${run.simulated}`;
        for (const item of run.items) {
          ctx.signal.throwIfAborted();
          if (toRow && columns) {
            const cells = toRow(item, run);
            const row: Record<string, unknown> = {};
            columns.forEach((name, i) => {
              row[name] = cells[i] ?? null;
            });
            chunk += `${JSON.stringify(row)}\n`;
          } else {
            const text = JSON.stringify(item);
            chunk += `${prefix}${text.length > 2 ? "," : ""}${text.slice(1)}\n`;
          }
          if (++lines % LINES_PER_CHUNK === 0) {
            await writeChunk(ctx.output, chunk);
            chunk = "";
          }
        }
      }
      if (chunk) await writeChunk(ctx.output, chunk);
    },
  };
}
