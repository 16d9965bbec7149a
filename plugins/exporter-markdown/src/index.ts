// @benchloop/exporter-markdown: registers the `markdown` exporter.
import { definePlugin, z } from "@benchloop/core";
import { createMarkdownExporter } from "./markdown-exporter.js";

/** The markdown exporter takes no options. */
const MarkdownOptionsSchema = z.object({}).strict();

/** The plugin object; also the default export. */
export const markdownExporterPlugin = definePlugin({
  name: "@benchloop/exporter-markdown",
  apiVersion: "^1",
  register(r) {
    r.exporter("markdown", () => createMarkdownExporter(), {
      extension: "md",
      configSchema: MarkdownOptionsSchema,
      description: "Markdown summary tables per run (model × harness, errors by type) for pull requests.",
    });
  },
});

export default markdownExporterPlugin;
export { createMarkdownExporter, renderRunMarkdown } from "./markdown-exporter.js";
