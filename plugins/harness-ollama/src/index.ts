// Public surface of @benchloop/harness-ollama: the plugin (default and named export) and its options.
import { definePlugin } from "@benchloop/core";
import { OllamaHarnessConfigSchema } from "./config-schema.js";
import { createOllamaHarness } from "./ollama-harness.js";

/** The plugin registering the `ollama` harness. */
export const ollamaHarnessPlugin = definePlugin({
  name: "@benchloop/harness-ollama",
  apiVersion: "^1",
  register(r) {
    r.harness("ollama", (deps) => createOllamaHarness(deps), {
      configSchema: OllamaHarnessConfigSchema,
      capabilities: { tools: true, thinking: true, ttft: true, streaming: true },
      description: "Ollama's native API: streaming answers, server timings, warm-up and unload.",
    });
  },
});

export default ollamaHarnessPlugin;
export { DEFAULT_OLLAMA_URL, toOllamaBaseUrl } from "./base-url.js";
export type { OllamaHarnessConfig, OllamaHarnessOptions } from "./config-schema.js";
export { OllamaHarnessConfigSchema } from "./config-schema.js";
export { createOllamaHarness } from "./ollama-harness.js";
