import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ComponentDeps } from "@benchloop/core";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FAKE_AGENT, fakeAgentAnswer, fakeAgentLaunch } from "../test/fake-agent.js";
import { AgentHarnessConfigSchema } from "./agent-config-schema.js";
import { type CreateAgentHarnessOptions, createAgentHarness } from "./agent-harness.js";
import { parseJsonLines } from "./json-lines.js";
import {
  ADD_ANSWER,
  ADD_PROMPT,
  agentAnswerBook,
  agentTestRequest,
  assertMetered,
  createTestDeps,
  createTestItemContexts,
  failureOf,
} from "./testing/index.js";

const INSTALL_HINT = "Install it with `npm i -g fake-agent`.";
let sim: SimServer;
let userDir: string;
const contexts = createTestItemContexts("fake");

beforeAll(async () => {
  sim = await startSim({ latencyScale: 0, seed: 1, answers: agentAnswerBook("write", {}) });
  userDir = await mkdtemp(join(tmpdir(), "benchloop-agent-harness-user-"));
});
afterEach(() => contexts.cleanup());
afterAll(async () => {
  await sim.close();
  await rm(userDir, { recursive: true, force: true });
});

/** The fake agent as a harness; `written` is its config section as the user wrote it. */
function fakeHarness(written: Record<string, unknown>, extra: Partial<CreateAgentHarnessOptions> = {}) {
  const deps: ComponentDeps = { ...createTestDeps(written), cwd: userDir };
  return createAgentHarness({
    agent: "fake",
    deps,
    config: AgentHarnessConfigSchema.parse(written),
    installHint: INSTALL_HINT,
    prepare: async ({ proxyUrl, task, request }) => fakeAgentLaunch({ proxyUrl, task, model: request.model }),
    parse: fakeAgentAnswer,
    ...extra,
  });
}

describe("createAgentHarness", () => {
  it("probe finds the agent and its version and reaches the model server, without naming the binary", async () => {
    const probe = await fakeHarness({ baseUrl: sim.url, binary: FAKE_AGENT }).probe(await contexts.create());
    // the model server is ollama-sim, which marks its answers: the probe says simulated
    expect(probe).toEqual({ available: true, endpoint: sim.url, version: "0.0.1", simulated: true });
  });

  it("probe says where it looked and how to install the agent when it is missing", async () => {
    const probe = await fakeHarness({ baseUrl: sim.url, binary: "/nowhere/fake" }).probe(
      await contexts.create(),
    );
    expect(probe).toEqual({
      available: false,
      endpoint: sim.url,
      reason: `fake was not found (looked at /nowhere/fake). ${INSTALL_HINT}`,
    });
  });

  it("probeNote: is added to every probe's reason", async () => {
    const note = "Not run against the real agent.";
    const found = await fakeHarness({ baseUrl: sim.url, binary: FAKE_AGENT }, { probeNote: note }).probe(
      await contexts.create(),
    );
    expect(found.reason).toBe(note);
    const missing = await fakeHarness({ baseUrl: sim.url }, { probeNote: note, find: { names: [] } }).probe(
      await contexts.create(),
    );
    expect(missing.reason).toMatch(/^fake was not found .* Not run against the real agent\.$/);
  });

  it("locate: finds the agent where `find` would not", async () => {
    const harness = fakeHarness(
      { baseUrl: sim.url },
      { find: { names: [] }, locate: () => ({ path: FAKE_AGENT, tried: [] }) },
    );
    expect(await harness.probe(await contexts.create())).toMatchObject({ available: true });
  });

  it("generate runs the agent, metered, with its version, the config's api and maxTurns, and the harness's meta", async () => {
    const harness = fakeHarness(
      { baseUrl: sim.url, binary: FAKE_AGENT, maxTurns: 3 },
      { meta: { maxTurns: null, sandbox: "none" } },
    );
    const generation = await harness.generate(
      agentTestRequest("sim/oracle", ADD_PROMPT),
      await contexts.create(),
    );
    expect(generation.text).toBe(ADD_ANSWER);
    assertMetered(generation);
    expect(generation.meta).toMatchObject({
      agent: "fake",
      agentVersion: "0.0.1",
      api: "ollama",
      maxTurns: null,
      sandbox: "none",
    });
  });

  it("generate keeps the agent out of the folder benchloop runs in", async () => {
    const harness = fakeHarness({ baseUrl: sim.url, binary: FAKE_AGENT });
    const ctx = await contexts.create();
    const generation = await harness.generate(
      agentTestRequest("sim/oracle", `${ADD_PROMPT} write-into:${userDir}`),
      ctx,
    );
    const events = parseJsonLines(await ctx.readArtifact(generation.transcript ?? "")).events;
    expect(events.some((event) => event.type === "refused")).toBe(true);
    expect(existsSync(join(userDir, "escaped.txt"))).toBe(false);
  });

  it("generate fails as a crash naming where it looked when the agent is missing", async () => {
    const harness = fakeHarness({ baseUrl: sim.url, binary: "/nowhere/fake" });
    const failure = await failureOf(
      harness.generate(agentTestRequest("sim/oracle", ADD_PROMPT), await contexts.create()),
    );
    expect(failure).toMatchObject({ type: "crash", retryable: false });
    expect(failure.message).toBe(`fake was not found (looked at /nowhere/fake). ${INSTALL_HINT}`);
  });

  it("timeoutMs: stops the agent at the configured limit, shorter than the item's", async () => {
    const harness = fakeHarness({ baseUrl: sim.url, binary: FAKE_AGENT, timeoutMs: 1_500 });
    const failure = await failureOf(
      harness.generate(
        agentTestRequest("sim/oracle", "hang please"),
        await contexts.create({ timeoutMs: 60_000 }),
      ),
    );
    expect(failure).toMatchObject({ type: "timeout", retryable: false });
  });
});

describe("repair rounds", () => {
  it("has no followUp and says why, so a failed item records repairUnsupported", () => {
    const harness = fakeHarness({});
    expect(harness.followUp).toBeUndefined();
    expect(harness.followUpUnsupported).toContain(
      "the fake agent harness runs each item in a fresh working folder",
    );
  });
});
