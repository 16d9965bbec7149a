import { SIMULATOR_HEADER } from "@benchloop/http-harness-kit";
import {
  createTestDeps,
  createTestItemContext,
  type FakeServer,
  startFakeServer,
} from "@benchloop/http-harness-kit/testing";
import { afterEach, describe, expect, it } from "vitest";
import { OllamaHarnessConfigSchema } from "./config-schema.js";
import { createOllamaHarness } from "./ollama-harness.js";

/** Deps as the registry gives them: the config parsed once by the harness's schema. */
function testDeps(config: Record<string, unknown> = {}, env: Record<string, string | undefined> = {}) {
  return createTestDeps(OllamaHarnessConfigSchema.parse(config), env);
}

let server: FakeServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("a server that says it is a simulator", () => {
  it("makes the probe and every listed model say simulated", async () => {
    server = await startFakeServer((request, res) => {
      res.setHeader(SIMULATOR_HEADER, "ollama-sim");
      res.setHeader("content-type", "application/json");
      if (request.path === "/api/version") return res.end(JSON.stringify({ version: "0.13.5" }));
      if (request.path === "/api/tags") {
        return res.end(
          JSON.stringify({
            models: [{ name: "sim/oracle:latest", model: "sim/oracle:latest", size: 1, digest: "d" }],
          }),
        );
      }
      res.end(JSON.stringify({ capabilities: ["completion"], model_info: {}, parameters: "" }));
    });
    const ctx = await createTestItemContext();
    try {
      const harness = createOllamaHarness(testDeps({ baseUrl: server.url }));
      expect(await harness.probe(ctx)).toEqual({
        available: true,
        version: "0.13.5",
        endpoint: server.url,
        simulated: true,
      });
      expect(await harness.listModels!(ctx)).toEqual([
        {
          name: "sim/oracle:latest",
          digest: "d",
          sizeBytes: 1,
          capabilities: ["completion"],
          simulated: true,
        },
      ]);
    } finally {
      await ctx.cleanup();
    }
  });
});
