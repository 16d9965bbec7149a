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
import plugin, { ollamaHarnessPlugin } from "./index.js";

describe("@benchloop/harness-ollama", () => {
  it("is a benchloop plugin registering the ollama harness with its schema and capabilities", () => {
    expect(isPlugin(plugin)).toBe(true);
    expect(plugin).toBe(ollamaHarnessPlugin);
    const [entry] = createRegistry().addPlugin(plugin, "0.1.0");
    expect(entry).toMatchObject({
      kind: "harness",
      id: "ollama",
      plugin: "@benchloop/harness-ollama",
      options: { capabilities: { tools: true, thinking: true, ttft: true, streaming: true } },
    });
  });

  it("reports every invalid option with its full config path", () => {
    const registry = createRegistry();
    registry.addPlugin(plugin, "0.1.0");
    const config = ConfigSchema.parse({
      harnesses: { ollama: { baseUrl: "ftp://x", keepAlive: "soon", extra: 1 } },
    });
    expect(
      registry
        .validateConfig(config)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(["harnesses.ollama.baseUrl", "harnesses.ollama.extra", "harnesses.ollama.keepAlive"]);
  });

  it("is built by the registry from the run's config and answers a probe", async () => {
    const sim = await startSim({ latencyScale: 0 });
    try {
      const registry = createRegistry();
      registry.addPlugin(plugin, "0.1.0");
      const config = ConfigSchema.parse({ harnesses: { ollama: { baseUrl: sim.url } } });
      const scope = registry.createScope({
        config,
        cwd: process.cwd(),
        secrets: createSecrets({}, createRedactor()),
      });
      const harness = scope.get("harness", "ollama");
      expect(
        await harness.probe({ signal: new AbortController().signal, logger: SILENT_LOGGER }),
      ).toMatchObject({
        available: true,
        endpoint: sim.url,
      });
      await scope.dispose();
    } finally {
      await sim.close();
    }
  });
});
