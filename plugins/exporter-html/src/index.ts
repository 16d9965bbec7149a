// @benchloop/exporter-html: registers the `html` exporter (a self-contained, accessible report).
import { definePlugin } from "@benchloop/core";
import { createHtmlExporter, HtmlExporterOptionsSchema } from "./html-exporter.js";

/** The plugin object; also the default export. */
export const htmlExporterPlugin = definePlugin({
  name: "@benchloop/exporter-html",
  apiVersion: "^1",
  register(r) {
    r.exporter("html", () => createHtmlExporter(), {
      extension: "html",
      configSchema: HtmlExporterOptionsSchema,
      description:
        "One self-contained HTML report: leaderboard, charts, compare, gate, filterable items with drill-down.",
    });
  },
});

export default htmlExporterPlugin;
export type { HtmlExporterOptions } from "./html-exporter.js";
export { createHtmlExporter, HtmlExporterOptionsSchema, renderHtmlReport } from "./html-exporter.js";
export type { ReportData } from "./report-data.js";
export { buildReportData } from "./report-data.js";
