import {
  ADD_ANSWER,
  ADD_FLAWED_ANSWER,
  ADD_PROMPT,
  agentAnswerBook,
  agentTestRequest,
  assertMetered,
  createTestDeps,
  createTestItemContexts,
  FILE_CONTENT,
  FILE_PROMPT,
  failureOf,
} from "@benchloop/agent-kit/testing";
import type { Generation } from "@benchloop/core";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { QwenCodeHarnessConfigSchema } from "./config-schema.js";
import { createQwenCodeHarness } from "./qwen-code-harness.js";

// These tests run the real Qwen Code CLI (the @qwen-code/qwen-code dev dependency) against ollama-sim.
let sim: SimServer;
const contexts = createTestItemContexts("qwen-code");

beforeAll(async () => {
  sim = await startSim({
    latencyScale: 0,
    seed: 9,
    answers: agentAnswerBook("write_file", { file_path: "add.ts", content: FILE_CONTENT }),
  });
});
afterEach(() => contexts.cleanup());
afterAll(async () => {
  await sim.close();
});

const harness = (extra: Record<string, unknown> = {}) =>
  createQwenCodeHarness(createTestDeps(QwenCodeHarnessConfigSchema.parse({ baseUrl: sim.url, ...extra })));

/** Checks the proxy's figures; Qwen Code also runs a memory-extraction call after answering. */
function expectMetered(generation: Generation, calls: number) {
  expect(generation.modelCalls).toBeGreaterThanOrEqual(calls);
  assertMetered(generation);
}

describe("qwen-code harness", () => {
  it("probe finds qwen, its version and the model server, or says why not", async () => {
    const probe = await harness().probe(await contexts.create());
    expect(probe).toMatchObject({ available: true, version: "0.15.10" });
    const missing = await harness({ binary: "/nowhere/qwen" }).probe(await contexts.create());
    expect(missing.available).toBe(false);
    expect(missing.reason).toContain("/nowhere/qwen");
  });

  it("returns the oracle's answer, metered at the proxy", async () => {
    const generation = await harness().generate(
      agentTestRequest("sim/oracle", ADD_PROMPT),
      await contexts.create(),
    );
    expect(generation.text).toBe(ADD_ANSWER);
    expectMetered(generation, 1);
  });

  it("returns a sloppy model's flawed answer", async () => {
    const generation = await harness().generate(
      agentTestRequest("sim/sloppy", ADD_PROMPT),
      await contexts.create(),
    );
    expect(generation.text).toBe(ADD_FLAWED_ANSWER);
  });

  it("meters a write_file tool call; Qwen Code refuses the scripted relative path, so no file is kept", async () => {
    // The answer book cannot know the item's random folder, and Qwen Code's write_file wants an
    // absolute file_path: the call is made, metered and refused ("File path must be absolute").
    const ctx = await contexts.create();
    const generation = await harness().generate(agentTestRequest("sim/oracle", FILE_PROMPT), ctx);
    expectMetered(generation, 2);
    expect(generation.toolCalls).toBe(1);
    expect((generation.meta?.calls as Array<{ tools?: string[] }> | undefined)?.[0]?.tools).toEqual([
      "write_file",
    ]);
    expect(generation.meta?.files).toEqual({});
    expect(await ctx.readArtifact(generation.transcript ?? "")).toContain("File path must be absolute");
  });

  it("classifies a model without tool support as tools_unsupported", async () => {
    const failure = await failureOf(
      harness().generate(agentTestRequest("sim/no-tools", ADD_PROMPT), await contexts.create()),
    );
    expect(failure).toMatchObject({ type: "tools_unsupported", status: 400 });
  });

  it("timeoutMs: kills qwen when the model is too slow", async () => {
    const slow = await startSim({ fixedLatencyMs: 60_000 });
    try {
      const slowHarness = createQwenCodeHarness(
        createTestDeps(QwenCodeHarnessConfigSchema.parse({ baseUrl: slow.url, timeoutMs: 6_000 })),
      );
      const failure = await failureOf(
        slowHarness.generate(agentTestRequest("sim/oracle", ADD_PROMPT), await contexts.create()),
      );
      expect(failure).toMatchObject({ type: "timeout" });
    } finally {
      await slow.close();
    }
  });
});
