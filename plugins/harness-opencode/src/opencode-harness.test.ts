import {
  ADD_ANSWER,
  ADD_FLAWED_ANSWER,
  ADD_PROMPT,
  agentAnswerBook,
  createTestDeps,
  createTestItemContext,
  FILE_CONTENT,
  FILE_PROMPT,
  failureOf,
  type TestItemContext,
} from "@benchloop/agent-kit/testing";
import type { Generation, Harness } from "@benchloop/core";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOpencodeHarness } from "./opencode-harness.js";

// These tests run the real opencode binary (the opencode-ai dev dependency) against ollama-sim.
let sim: SimServer;
let slowSim: SimServer;
let harness: Harness;
const contexts: TestItemContext[] = [];
const answers = agentAnswerBook("write", { filePath: "add.ts", content: FILE_CONTENT });

beforeAll(async () => {
  sim = await startSim({ latencyScale: 0, seed: 5, answers });
  slowSim = await startSim({ fixedLatencyMs: 60_000, seed: 5, answers });
  harness = createOpencodeHarness(createTestDeps({ baseUrl: sim.url }));
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((ctx) => ctx.cleanup()));
});
afterAll(async () => {
  await sim.close();
  await slowSim.close();
});

async function itemContext(timeoutMs = 60_000) {
  const ctx = await createTestItemContext({ timeoutMs, itemKey: "sim/oracle|opencode|add|blind#1" });
  contexts.push(ctx);
  return ctx;
}

const request = (model: string, prompt: string) => ({
  model,
  prompt,
  passType: "blind" as const,
  sampling: { temperature: 0, seed: 42 },
  testId: "add",
});

/** Checks the proxy's figures; opencode may also ask the model for a session title, one call more. */
function expectMetered(generation: Generation, steps: number) {
  expect(generation.modelCalls).toBeGreaterThanOrEqual(steps);
  expect(generation.modelCalls).toBeLessThanOrEqual(steps + 1);
  expect(generation.tokens.prompt).toBeGreaterThan(0);
  expect(generation.tokens.completion).toBeGreaterThan(0);
  expect(generation.timing.modelMs).toBeGreaterThan(0);
  expect(generation.timing.wallMs).toBeGreaterThan(generation.timing.modelMs ?? 0);
  expect(generation.meta?.agentOverheadMs).toBe(generation.timing.wallMs - (generation.timing.modelMs ?? 0));
  expect(generation.meta?.tokenSource).toBe("model-server");
  expect(generation.meta?.agentVersion).toMatch(/^\d+\.\d+\.\d+/);
}

describe("opencode harness", () => {
  it("probe finds opencode, its version and the model server", async () => {
    const ctx = await itemContext();
    const probe = await harness.probe(ctx);
    expect(probe).toMatchObject({ available: true, endpoint: sim.url });
    expect(probe.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("probe says why opencode is unavailable when its binary is missing", async () => {
    const ctx = await itemContext();
    const missing = createOpencodeHarness(createTestDeps({ baseUrl: sim.url, binary: "/nowhere/opencode" }));
    const probe = await missing.probe(ctx);
    expect(probe.available).toBe(false);
    expect(probe.reason).toContain("/nowhere/opencode");
  });

  it("returns the oracle's answer with tokens, model time and agent overhead measured at the proxy", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(request("sim/oracle", ADD_PROMPT), ctx);
    expect(generation.text).toBe(ADD_ANSWER);
    expectMetered(generation, 1);
    expect(generation.toolCalls).toBe(0);
    expect(ctx.pids.length).toBe(1);
    expect(await ctx.readArtifact(generation.transcript ?? "")).toContain('"type":"step_finish"');
  });

  it("returns a sloppy model's flawed answer as an answer (scoring fails it, not the harness)", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(request("sim/sloppy", ADD_PROMPT), ctx);
    expect(generation.text).toBe(ADD_FLAWED_ANSWER);
    expectMetered(generation, 1);
  });

  it("runs opencode's write tool and keeps the written file as an artifact", async () => {
    const ctx = await itemContext();
    const generation = await harness.generate(request("sim/oracle", FILE_PROMPT), ctx);
    expect(generation.text).toBe("I wrote add.ts.");
    expectMetered(generation, 2);
    expect(generation.toolCalls).toBe(1);
    const files = generation.meta?.files as Record<string, string>;
    expect(Object.keys(files)).toEqual(["add.ts"]);
    expect(await ctx.readArtifact(files["add.ts"] ?? "")).toBe(FILE_CONTENT);
  });

  it("classifies a model without tool support as tools_unsupported", async () => {
    const ctx = await itemContext();
    const failure = await failureOf(harness.generate(request("sim/no-tools", ADD_PROMPT), ctx));
    expect(failure).toMatchObject({ type: "tools_unsupported", status: 400, retryable: false });
    const generation = failure.details.generation as Generation;
    expect(generation.modelCalls).toBeGreaterThanOrEqual(1);
    expect(generation.meta?.agentOverheadMs).toBe(
      generation.timing.wallMs - (generation.timing.modelMs ?? 0),
    );
  });

  it("timeoutMs: kills opencode when the model is too slow and fails as timeout", async () => {
    const ctx = await itemContext();
    const slow = createOpencodeHarness(createTestDeps({ baseUrl: slowSim.url, timeoutMs: 8_000 }));
    const failure = await failureOf(slow.generate(request("sim/oracle", ADD_PROMPT), ctx));
    expect(failure).toMatchObject({ type: "timeout", retryable: false });
    const generation = failure.details.generation as Generation;
    expect(generation.text).toBe("");
    expect(generation.tokens.completion).toBeUndefined();
    expect(generation.meta?.agentOverheadMs).toBe(
      generation.timing.wallMs - (generation.timing.modelMs ?? 0),
    );
  });
});
