// The CSV exporter: a header of column names, then one row per item of every run, 500 rows at a time,
// quoted per RFC 4180 as papaparse quotes (fields with commas, quotes or line breaks in double quotes,
// quotes doubled, CRLF line ends). Numbers and booleans are written as they are, never formatted.
import { createExportRowMapper, EXPORT_COLUMNS, type Exporter, z } from "@benchloop/core";
import { toCsvRow } from "./csv-field.js";
import { writeChunk } from "./write-chunk.js";

/** Options of the CSV exporter (`exporters.csv` in the config, or flags such as `--columns`). */
export const CsvOptionsSchema = z
  .object({
    columns: z
      .array(z.string())
      .min(1)
      .optional()
      .describe("Columns to write, in order (default: every column of docs/export.md)."),
  })
  .strict();

/** Options of the CSV exporter. */
export type CsvOptions = z.infer<typeof CsvOptionsSchema>;

const ROWS_PER_CHUNK = 500;
const NEWLINE = "\r\n";

/** Creates the CSV exporter; `defaults` come from the config, call options override them. */
export function createCsvExporter(defaults: CsvOptions = {}): Exporter {
  return {
    async export(input, ctx) {
      const options = CsvOptionsSchema.parse({ ...defaults, ...input.options });
      const columns = options.columns ?? [...EXPORT_COLUMNS];
      const toRow = createExportRowMapper(columns);
      await writeChunk(ctx.output, toCsvRow(columns) + NEWLINE);
      let rows: string[] = [];
      for (const run of input.runs) {
        for (const item of run.items) {
          ctx.signal.throwIfAborted();
          rows.push(toCsvRow(toRow(item, run)));
          if (rows.length === ROWS_PER_CHUNK) {
            await writeChunk(ctx.output, rows.join(NEWLINE) + NEWLINE);
            rows = [];
          }
        }
      }
      if (rows.length > 0) await writeChunk(ctx.output, rows.join(NEWLINE) + NEWLINE);
    },
  };
}
