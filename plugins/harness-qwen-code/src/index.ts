// Public surface of @benchloop/harness-qwen-code: the plugin (default and named export) and its options.
import { definePlugin } from "@benchloop/core";
import { QwenCodeHarnessConfigSchema } from "./config-schema.js";
import { createQwenCodeHarness } from "./qwen-code-harness.js";

/** The plugin registering the `qwen-code` harness. */
export const qwenCodeHarnessPlugin = definePlugin({
  name: "@benchloop/harness-qwen-code",
  apiVersion: "^1",
  register(r) {
    r.harness("qwen-code", (deps) => createQwenCodeHarness(deps), {
      configSchema: QwenCodeHarnessConfigSchema,
      capabilities: { tools: true, thinking: false, ttft: true, streaming: false, agent: true },
      description:
        "The Qwen Code coding agent, run per item in an isolated folder and metered through a proxy.",
    });
  },
});

export default qwenCodeHarnessPlugin;
export type { QwenCodeHarnessConfig, QwenCodeHarnessOptions } from "./config-schema.js";
export { QwenCodeHarnessConfigSchema } from "./config-schema.js";
export { createQwenCodeHarness } from "./qwen-code-harness.js";
