// @benchloop/target-http: registers the `http` policy target (schemes `http:` and `https:`), which
// reads the promoted model per role profile with GET and sets it with POST or PUT.
import { definePlugin } from "@benchloop/core";
import { createHttpTarget, HttpTargetOptionsSchema } from "./http-target.js";

/** The plugin object; also the default export. */
export const httpTargetPlugin = definePlugin({
  name: "@benchloop/target-http",
  apiVersion: "^1",
  register(r) {
    r.policyTarget("http", (deps) => createHttpTarget({ secrets: deps.secrets }), {
      schemes: ["http", "https"],
      configSchema: HttpTargetOptionsSchema,
      description:
        "Reads the models with GET and sets them with POST or PUT on an HTTP endpoint (bearer token from env).",
    });
  },
});

export default httpTargetPlugin;
export type { HttpTargetOptions } from "./http-target.js";
export { createHttpTarget, HttpTargetOptionsSchema } from "./http-target.js";
