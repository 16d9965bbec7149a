// Public surface of @benchloop/harness-codex: the plugin (default and named export) and its options.
import { definePlugin } from "@benchloop/core";
import { createCodexHarness } from "./codex-harness.js";
import { CodexHarnessConfigSchema } from "./config-schema.js";

/** The plugin registering the `codex` harness. */
export const codexHarnessPlugin = definePlugin({
  name: "@benchloop/harness-codex",
  apiVersion: "^1",
  register(r) {
    r.harness("codex", (deps) => createCodexHarness(deps), {
      configSchema: CodexHarnessConfigSchema,
      capabilities: { tools: true, thinking: false, ttft: true, streaming: false, agent: true },
      description:
        "The OpenAI Codex CLI coding agent (Responses API), run per item in an isolated folder and metered through a proxy.",
    });
  },
});

export default codexHarnessPlugin;
export { createCodexHarness } from "./codex-harness.js";
export type { CodexHarnessConfig, CodexHarnessOptions } from "./config-schema.js";
export { CodexHarnessConfigSchema } from "./config-schema.js";
