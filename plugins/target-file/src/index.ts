// @benchloop/target-file: registers the `file` policy target (scheme `file:`), which applies the
// promoted model per role profile into a JSON, YAML or .env file, touching only the named keys.
import { definePlugin } from "@benchloop/core";
import { createFileTarget, FileTargetOptionsSchema } from "./file-target.js";

/** The plugin object; also the default export. */
export const fileTargetPlugin = definePlugin({
  name: "@benchloop/target-file",
  apiVersion: "^1",
  register(r) {
    r.policyTarget("file", (deps) => createFileTarget({ cwd: deps.cwd }), {
      schemes: ["file"],
      configSchema: FileTargetOptionsSchema,
      description: "Sets the promoted models in a JSON, YAML or .env file, touching only the named keys.",
    });
  },
});

export default fileTargetPlugin;
export type { FileTargetOptions } from "./file-target.js";
export { createFileTarget, FileTargetOptionsSchema, formatOfPath } from "./file-target.js";
