// @benchloop/exporter-json: registers the `json` and `jsonl` exporters.
import { definePlugin, z } from "@benchloop/core";
import { createJsonExporter } from "./json-exporter.js";
import { createJsonlExporter, JsonlOptionsSchema } from "./jsonl-exporter.js";

/** The json exporter takes no options. */
const JsonOptionsSchema = z.object({}).strict();

/** The plugin object; also the default export. */
export const jsonExporterPlugin = definePlugin({
  name: "@benchloop/exporter-json",
  apiVersion: "^1",
  register(r) {
    r.exporter("json", () => createJsonExporter(), {
      extension: "json",
      configSchema: JsonOptionsSchema,
      description: "An array of run.json documents (schemaVersion 1), streamed item by item.",
    });
    r.exporter("jsonl", (deps) => createJsonlExporter(deps.config), {
      extension: "jsonl",
      configSchema: JsonlOptionsSchema,
      description: "One item a line: the full item result with its runId, or flat rows with --columns.",
    });
  },
});

export default jsonExporterPlugin;
export { createJsonExporter } from "./json-exporter.js";
export type { JsonlOptions } from "./jsonl-exporter.js";
export { createJsonlExporter, JsonlOptionsSchema } from "./jsonl-exporter.js";
