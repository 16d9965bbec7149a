// Public surface of @benchloop/harness-openai: the plugin (default and named export) and its options.
import { definePlugin } from "@benchloop/core";
import { OpenAiHarnessConfigSchema } from "./config-schema.js";
import { createOpenAiHarness } from "./openai-harness.js";

/** The plugin registering the `openai` harness. */
export const openAiHarnessPlugin = definePlugin({
  name: "@benchloop/harness-openai",
  apiVersion: "^1",
  register(r) {
    r.harness("openai", (deps) => createOpenAiHarness(deps), {
      configSchema: OpenAiHarnessConfigSchema,
      capabilities: { tools: true, thinking: true, ttft: true, streaming: true },
      description:
        "Any OpenAI-compatible server (llama-server, LM Studio, vLLM, Ollama's /v1): SSE streaming, usage, llama.cpp timings.",
    });
  },
});

export default openAiHarnessPlugin;
export { toOpenAiBaseUrl } from "@benchloop/http-harness-kit";
export type { OpenAiHarnessConfig, OpenAiHarnessOptions } from "./config-schema.js";
export { OpenAiHarnessConfigSchema } from "./config-schema.js";
export { createOpenAiHarness } from "./openai-harness.js";
