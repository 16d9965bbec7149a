// Public surface of @benchloop/harness-goose: the plugin (default and named export) and its options.
import { definePlugin } from "@benchloop/core";
import { GooseHarnessConfigSchema } from "./config-schema.js";
import { createGooseHarness } from "./goose-harness.js";

/** The plugin registering the `goose` harness. */
export const gooseHarnessPlugin = definePlugin({
  name: "@benchloop/harness-goose",
  apiVersion: "^1",
  register(r) {
    r.harness("goose", (deps) => createGooseHarness(deps), {
      configSchema: GooseHarnessConfigSchema,
      capabilities: { tools: true, thinking: false, ttft: true, streaming: false, agent: true },
      description: "The goose coding agent headless (built from its documentation), isolated and metered.",
    });
  },
});

export default gooseHarnessPlugin;
export type { GooseHarnessConfig, GooseHarnessOptions } from "./config-schema.js";
export { GooseHarnessConfigSchema } from "./config-schema.js";
export { createGooseHarness, GOOSE_UNVERIFIED_NOTE } from "./goose-harness.js";
