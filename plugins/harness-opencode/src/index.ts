// Public surface of @benchloop/harness-opencode: the plugin (default and named export) and its options.
import { definePlugin } from "@benchloop/core";
import { OpencodeHarnessConfigSchema } from "./config-schema.js";
import { createOpencodeHarness } from "./opencode-harness.js";

/** The plugin registering the `opencode` harness. */
export const opencodeHarnessPlugin = definePlugin({
  name: "@benchloop/harness-opencode",
  apiVersion: "^1",
  register(r) {
    r.harness("opencode", (deps) => createOpencodeHarness(deps), {
      configSchema: OpencodeHarnessConfigSchema,
      capabilities: { tools: true, thinking: false, ttft: true, streaming: false, agent: true },
      description:
        "The opencode coding agent, run per item in an isolated folder and metered through a proxy.",
    });
  },
});

export default opencodeHarnessPlugin;
export type { OpencodeHarnessConfig, OpencodeHarnessOptions } from "./config-schema.js";
export { OpencodeHarnessConfigSchema } from "./config-schema.js";
export { createOpencodeHarness } from "./opencode-harness.js";
