// benchloop-exporter-hello: an example plugin that registers one exporter, `hello`.
import { definePlugin, z } from "@benchloop/core";
import { createHelloExporter } from "./hello-exporter.js";

/** Options of the hello exporter (`exporters.hello` in benchloop.config.json). */
export const HelloOptionsSchema = z
  .object({
    greeting: z.string().min(1).default("Hello from benchloop:").describe("Text that starts each line."),
  })
  .strict();

/** The plugin object; also the default export. */
export const helloExporterPlugin = definePlugin({
  name: "benchloop-exporter-hello",
  apiVersion: "^1",
  register(r) {
    r.exporter("hello", (deps) => createHelloExporter(HelloOptionsSchema.parse(deps.config)), {
      extension: "txt",
      configSchema: HelloOptionsSchema,
      description: "One greeting line per run with its pass count.",
    });
  },
});

export default helloExporterPlugin;
export { greet } from "./hello-exporter.js";
