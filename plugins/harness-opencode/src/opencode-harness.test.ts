import {
  ADD_ANSWER,
  ADD_FLAWED_ANSWER,
  ADD_PROMPT,
  agentAnswerBook,
  agentTestRequest,
  assertAgentOverhead,
  assertMetered,
  createTestDeps,
  createTestItemContexts,
  FILE_CONTENT,
  FILE_PROMPT,
  failureOf,
  readKeptFiles,
} from "@benchloop/agent-kit/testing";
import type { Generation, Harness } from "@benchloop/core";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { OpencodeHarnessConfigSchema } from "./config-schema.js";
import { createOpencodeHarness } from "./opencode-harness.js";

// These tests run the real opencode binary (the opencode-ai dev dependency) against ollama-sim.
let sim: SimServer;
let slowSim: SimServer;
let harness: Harness;
const contexts = createTestItemContexts("opencode");
const answers = agentAnswerBook("write", { filePath: "add.ts", content: FILE_CONTENT });

beforeAll(async () => {
  sim = await startSim({ latencyScale: 0, seed: 5, answers });
  slowSim = await startSim({ fixedLatencyMs: 60_000, seed: 5, answers });
  harness = createOpencodeHarness(createTestDeps(OpencodeHarnessConfigSchema.parse({ baseUrl: sim.url })));
});
afterEach(() => contexts.cleanup());
afterAll(async () => {
  await sim.close();
  await slowSim.close();
});

/** Checks the proxy's figures; opencode may also ask the model for a session title, one call more. */
function expectMetered(generation: Generation, steps: number) {
  expect(generation.modelCalls).toBeGreaterThanOrEqual(steps);
  expect(generation.modelCalls).toBeLessThanOrEqual(steps + 1);
  assertMetered(generation);
}

describe("opencode harness", () => {
  it("probe finds opencode, its version and the model server", async () => {
    const ctx = await contexts.create();
    const probe = await harness.probe(ctx);
    expect(probe).toMatchObject({ available: true, endpoint: sim.url });
    expect(probe.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("probe says why opencode is unavailable when its binary is missing", async () => {
    const ctx = await contexts.create();
    const missing = createOpencodeHarness(
      createTestDeps(OpencodeHarnessConfigSchema.parse({ baseUrl: sim.url, binary: "/nowhere/opencode" })),
    );
    const probe = await missing.probe(ctx);
    expect(probe.available).toBe(false);
    expect(probe.reason).toContain("/nowhere/opencode");
  });

  it("returns the oracle's answer with tokens, model time and agent overhead measured at the proxy", async () => {
    const ctx = await contexts.create();
    const generation = await harness.generate(agentTestRequest("sim/oracle", ADD_PROMPT), ctx);
    expect(generation.text).toBe(ADD_ANSWER);
    expectMetered(generation, 1);
    expect(generation.toolCalls).toBe(0);
    expect(ctx.pids.length).toBe(1);
    expect(await ctx.readArtifact(generation.transcript ?? "")).toContain('"type":"step_finish"');
  });

  it("returns a sloppy model's flawed answer as an answer (scoring fails it, not the harness)", async () => {
    const ctx = await contexts.create();
    const generation = await harness.generate(agentTestRequest("sim/sloppy", ADD_PROMPT), ctx);
    expect(generation.text).toBe(ADD_FLAWED_ANSWER);
    expectMetered(generation, 1);
  });

  it("runs opencode's write tool and keeps the written file as an artifact", async () => {
    const ctx = await contexts.create();
    const generation = await harness.generate(agentTestRequest("sim/oracle", FILE_PROMPT), ctx);
    expect(generation.text).toBe("I wrote add.ts.");
    expectMetered(generation, 2);
    expect(generation.toolCalls).toBe(1);
    expect(await readKeptFiles(ctx, generation)).toEqual({ "add.ts": FILE_CONTENT });
  });

  it("classifies a model without tool support as tools_unsupported", async () => {
    const ctx = await contexts.create();
    const failure = await failureOf(harness.generate(agentTestRequest("sim/no-tools", ADD_PROMPT), ctx));
    expect(failure).toMatchObject({ type: "tools_unsupported", status: 400, retryable: false });
    const generation = failure.details.generation as Generation;
    expect(generation.modelCalls).toBeGreaterThanOrEqual(1);
    assertAgentOverhead(generation);
  });

  it("timeoutMs: kills opencode when the model is too slow and fails as timeout", async () => {
    const ctx = await contexts.create();
    const slow = createOpencodeHarness(
      createTestDeps(OpencodeHarnessConfigSchema.parse({ baseUrl: slowSim.url, timeoutMs: 8_000 })),
    );
    const failure = await failureOf(slow.generate(agentTestRequest("sim/oracle", ADD_PROMPT), ctx));
    expect(failure).toMatchObject({ type: "timeout", retryable: false });
    const generation = failure.details.generation as Generation;
    expect(generation.text).toBe("");
    expect(generation.tokens.completion).toBeUndefined();
    assertAgentOverhead(generation);
  });
});
