// @benchloop/exporter-csv: registers the `csv` exporter.
import { definePlugin } from "@benchloop/core";
import { CsvOptionsSchema, createCsvExporter } from "./csv-exporter.js";

/** The plugin object; also the default export. */
export const csvExporterPlugin = definePlugin({
  name: "@benchloop/exporter-csv",
  apiVersion: "^1",
  register(r) {
    r.exporter("csv", (deps) => createCsvExporter(deps.config), {
      extension: "csv",
      configSchema: CsvOptionsSchema,
      description: "One CSV row per item with stable, documented columns (RFC 4180 quoting).",
    });
  },
});

export default csvExporterPlugin;
export type { CsvOptions } from "./csv-exporter.js";
export { CsvOptionsSchema, createCsvExporter } from "./csv-exporter.js";
