import { isPlugin } from "@benchloop/core";
import {
  harnessConfigIssues,
  probeThroughRegistry,
  registeredEntries,
} from "@benchloop/http-harness-kit/testing";
import { startTestSim } from "@benchloop/http-harness-kit/testing/suite";
import { describe, expect, it } from "vitest";
import plugin, { ollamaHarnessPlugin } from "./index.js";

describe("@benchloop/harness-ollama", () => {
  it("is a benchloop plugin registering the ollama harness with its schema and capabilities", () => {
    expect(isPlugin(plugin)).toBe(true);
    expect(plugin).toBe(ollamaHarnessPlugin);
    expect(registeredEntries(plugin)).toMatchObject([
      {
        kind: "harness",
        id: "ollama",
        plugin: "@benchloop/harness-ollama",
        options: { capabilities: { tools: true, thinking: true, ttft: true, streaming: true } },
      },
    ]);
  });

  it("reports every invalid option with its full config path", () => {
    expect(
      harnessConfigIssues(plugin, "ollama", { baseUrl: "ftp://x", keepAlive: "soon", extra: 1 }),
    ).toEqual(["harnesses.ollama.baseUrl", "harnesses.ollama.extra", "harnesses.ollama.keepAlive"]);
  });

  it("is built by the registry from the run's config and answers a probe", async () => {
    const sim = await startTestSim();
    try {
      expect(await probeThroughRegistry(plugin, "ollama", { baseUrl: sim.url })).toMatchObject({
        available: true,
        endpoint: sim.url,
      });
    } finally {
      await sim.close();
    }
  });
});
