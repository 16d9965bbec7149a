import { fileURLToPath } from "node:url";
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
  readKeptFiles,
} from "@benchloop/agent-kit/testing";
import type { Generation } from "@benchloop/core";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GooseHarnessConfigSchema } from "./config-schema.js";
import { createGooseHarness, GOOSE_UNVERIFIED_NOTE } from "./goose-harness.js";

// goose cannot be installed here: these tests run test/fake-goose.mjs, which follows goose's documented
// stream-json output and its Ollama provider, through the real proxy and isolation against ollama-sim.
const FAKE_GOOSE = fileURLToPath(new URL("../test/fake-goose.mjs", import.meta.url));
let sim: SimServer;
const contexts = createTestItemContexts("goose");

beforeAll(async () => {
  sim = await startSim({
    latencyScale: 0,
    seed: 9,
    answers: agentAnswerBook("developer__text_editor", {
      command: "write",
      path: "add.ts",
      file_text: FILE_CONTENT,
    }),
  });
});
afterEach(() => contexts.cleanup());
afterAll(async () => {
  await sim.close();
});

const harness = (extra: Record<string, unknown> = {}) =>
  createGooseHarness(
    createTestDeps(GooseHarnessConfigSchema.parse({ baseUrl: sim.url, binary: FAKE_GOOSE, ...extra })),
  );

function expectMetered(generation: Generation, calls: number) {
  expect(generation.modelCalls).toBe(calls);
  assertMetered(generation);
}

describe("goose harness", () => {
  it("probe says plainly that it was not run against a real goose", async () => {
    const probe = await harness().probe(await contexts.create());
    expect(probe).toMatchObject({ available: true, version: "1.9.0" });
    expect(probe.reason).toBe(GOOSE_UNVERIFIED_NOTE);
    const missing = await harness({ binary: "/nowhere/goose" }).probe(await contexts.create());
    expect(missing.available).toBe(false);
    expect(missing.reason).toContain("/nowhere/goose");
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

  it("keeps the file the text_editor tool wrote", async () => {
    const ctx = await contexts.create();
    const generation = await harness().generate(agentTestRequest("sim/oracle", FILE_PROMPT), ctx);
    expectMetered(generation, 2);
    expect(generation.toolCalls).toBe(1);
    expect((await readKeptFiles(ctx, generation))["add.ts"]).toBe(FILE_CONTENT);
  });

  it("classifies a model without tool support as tools_unsupported", async () => {
    const failure = await failureOf(
      harness().generate(agentTestRequest("sim/no-tools", ADD_PROMPT), await contexts.create()),
    );
    expect(failure).toMatchObject({ type: "tools_unsupported", status: 400 });
  });

  it("timeoutMs: kills goose when the model is too slow", async () => {
    const slow = await startSim({ fixedLatencyMs: 60_000 });
    try {
      const slowHarness = createGooseHarness(
        createTestDeps(
          GooseHarnessConfigSchema.parse({ baseUrl: slow.url, binary: FAKE_GOOSE, timeoutMs: 1_500 }),
        ),
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
