import { isPlugin } from "@benchloop/core";
import {
  harnessConfigIssues,
  probeThroughRegistry,
  registeredEntries,
} from "@benchloop/http-harness-kit/testing";
import { startTestSim } from "@benchloop/http-harness-kit/testing/suite";
import { describe, expect, it } from "vitest";
import plugin, { openAiHarnessPlugin } from "./index.js";

describe("@benchloop/harness-openai", () => {
  it("is a benchloop plugin registering the openai harness with its schema and capabilities", () => {
    expect(isPlugin(plugin)).toBe(true);
    expect(plugin).toBe(openAiHarnessPlugin);
    expect(registeredEntries(plugin)).toMatchObject([
      {
        kind: "harness",
        id: "openai",
        plugin: "@benchloop/harness-openai",
        options: { capabilities: { tools: true, thinking: true, ttft: true, streaming: true } },
      },
    ]);
  });

  it("reports every invalid option with its full config path", () => {
    expect(
      harnessConfigIssues(plugin, "openai", { baseUrl: "ftp://x", apiKeyEnv: "not a name", extra: 1 }),
    ).toEqual(["harnesses.openai.apiKeyEnv", "harnesses.openai.baseUrl", "harnesses.openai.extra"]);
  });

  it("is built by the registry from the run's config and answers a probe", async () => {
    const sim = await startTestSim();
    try {
      expect(await probeThroughRegistry(plugin, "openai", { baseUrl: `${sim.url}/v1` })).toMatchObject({
        available: true,
        endpoint: `${sim.url}/v1`,
      });
    } finally {
      await sim.close();
    }
  });
});
