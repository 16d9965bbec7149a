import {
  ConfigSchema,
  createRedactor,
  createRegistry,
  createSecrets,
  isPlugin,
  SILENT_LOGGER,
} from "@benchloop/core";
import { startSim } from "@benchloop/ollama-sim";
import { describe, expect, it } from "vitest";
import plugin, { openAiHarnessPlugin } from "./index.js";

describe("@benchloop/harness-openai", () => {
  it("is a benchloop plugin registering the ollama harness with its schema and capabilities", () => {
    expect(isPlugin(plugin)).toBe(true);
    expect(plugin).toBe(openAiHarnessPlugin);
    const [entry] = createRegistry().addPlugin(plugin, "0.1.0");
    expect(entry).toMatchObject({
      kind: "harness",
      id: "openai",
      plugin: "@benchloop/harness-openai",
      options: { capabilities: { tools: true, thinking: true, ttft: true, streaming: true } },
    });
  });

  it("reports every invalid option with its full config path", () => {
    const registry = createRegistry();
    registry.addPlugin(plugin, "0.1.0");
    const config = ConfigSchema.parse({
      harnesses: { openai: { baseUrl: "ftp://x", apiKeyEnv: "not a name", extra: 1 } },
    });
    expect(
      registry
        .validateConfig(config)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(["harnesses.openai.apiKeyEnv", "harnesses.openai.baseUrl", "harnesses.openai.extra"]);
  });

  it("is built by the registry from the run's config and answers a probe", async () => {
    const sim = await startSim({ latencyScale: 0 });
    try {
      const registry = createRegistry();
      registry.addPlugin(plugin, "0.1.0");
      const config = ConfigSchema.parse({ harnesses: { openai: { baseUrl: `${sim.url}/v1` } } });
      const scope = registry.createScope({
        config,
        cwd: process.cwd(),
        secrets: createSecrets({}, createRedactor()),
      });
      const harness = scope.get("harness", "openai");
      expect(
        await harness.probe({ signal: new AbortController().signal, logger: SILENT_LOGGER }),
      ).toMatchObject({
        available: true,
        endpoint: `${sim.url}/v1`,
      });
      await scope.dispose();
    } finally {
      await sim.close();
    }
  });
});
