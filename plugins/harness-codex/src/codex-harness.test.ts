import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
import { createCodexHarness } from "./codex-harness.js";
import { CodexHarnessConfigSchema } from "./config-schema.js";

// These tests run the real codex binary (the @openai/codex dev dependency) against ollama-sim's
// Responses API, through the metering proxy.
const SECRET = "BENCHLOOP_CODEX_TEST_SECRET";
const ISOLATION_PROMPT = "Save your environment variables to env.txt.";
let sim: SimServer;
let slowSim: SimServer;
let harness: Harness;
let userDir: string;
const contexts = createTestItemContexts("codex");
// codex's shell tool is `exec_command`; the file task writes add.ts with it.
const answers = agentAnswerBook("exec_command", { cmd: `printf '%s' '${FILE_CONTENT}' > add.ts` });

beforeAll(async () => {
  // The user's project: the agent must not write here, even by absolute path.
  userDir = await mkdtemp(join(tmpdir(), "benchloop-codex-user-"));
  sim = await startSim({
    latencyScale: 0,
    seed: 7,
    answers: [
      ...answers,
      {
        prompt: ISOLATION_PROMPT,
        answer: "Saved.",
        toolCall: {
          name: "exec_command",
          arguments: { cmd: `env > env.txt; echo escaped > '${join(userDir, "escaped.txt")}'` },
        },
      },
    ],
  });
  slowSim = await startSim({ fixedLatencyMs: 60_000, seed: 7, answers });
  harness = createCodexHarness({
    ...createTestDeps(CodexHarnessConfigSchema.parse({ baseUrl: sim.url })),
    cwd: userDir,
  });
});
afterEach(() => contexts.cleanup());
afterAll(async () => {
  await sim.close();
  await slowSim.close();
  await rm(userDir, { recursive: true, force: true });
});

/** Checks the proxy's figures: codex makes exactly one model call per step (no title or memory calls). */
function expectMetered(generation: Generation, steps: number) {
  expect(generation.modelCalls).toBe(steps);
  assertMetered(generation);
  expect((generation.meta?.calls as Array<{ route: string }> | undefined)?.map((call) => call.route)).toEqual(
    Array.from({ length: steps }, () => "/v1/responses"),
  );
}

describe("codex harness", () => {
  it("probe finds codex, its version and the model server", async () => {
    const probe = await harness.probe(await contexts.create());
    expect(probe).toMatchObject({ available: true, endpoint: sim.url });
    expect(probe.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("probe says why codex is unavailable when its binary is missing or the server is down", async () => {
    const missing = createCodexHarness(
      createTestDeps(CodexHarnessConfigSchema.parse({ baseUrl: sim.url, binary: "/nowhere/codex" })),
    );
    const probe = await missing.probe(await contexts.create());
    expect(probe.available).toBe(false);
    expect(probe.reason).toContain("/nowhere/codex");
    const down = createCodexHarness(
      createTestDeps(CodexHarnessConfigSchema.parse({ baseUrl: "http://127.0.0.1:9" })),
    );
    const unreachable = await down.probe(await contexts.create());
    expect(unreachable).toMatchObject({ available: false });
    expect(unreachable.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(unreachable.reason).toContain("not reachable");
  });

  it("returns the oracle's answer with tokens, model time and agent overhead measured at the proxy", async () => {
    const ctx = await contexts.create();
    const generation = await harness.generate(agentTestRequest("sim/oracle", ADD_PROMPT), ctx);
    expect(generation.text).toBe(ADD_ANSWER);
    expectMetered(generation, 1);
    expect(generation.toolCalls).toBe(0);
    expect(generation.meta?.files).toEqual({});
    expect(ctx.pids.length).toBe(1);
    expect(ctx.written).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/agent-output\.jsonl$/),
        expect.stringMatching(/model-calls\.json$/),
      ]),
    );
    expect(await ctx.readArtifact(generation.transcript ?? "")).toContain('"type":"turn.completed"');
  });

  it("returns a sloppy model's flawed answer as an answer (scoring fails it, not the harness)", async () => {
    const ctx = await contexts.create();
    const generation = await harness.generate(agentTestRequest("sim/sloppy", ADD_PROMPT), ctx);
    expect(generation.text).toBe(ADD_FLAWED_ANSWER);
    expectMetered(generation, 1);
  });

  it("runs codex's exec_command tool, which writes a file kept as an artifact", async () => {
    const ctx = await contexts.create();
    const generation = await harness.generate(agentTestRequest("sim/oracle", FILE_PROMPT), ctx);
    expect(generation.text).toBe("I wrote add.ts.");
    expectMetered(generation, 2);
    expect(generation.toolCalls).toBe(1);
    expect((generation.meta?.calls as Array<{ tools?: string[] }> | undefined)?.[0]?.tools).toEqual([
      "exec_command",
    ]);
    expect(await readKeptFiles(ctx, generation)).toEqual({ "add.ts": FILE_CONTENT });
  });

  it("classifies a model without tool support as tools_unsupported", async () => {
    const ctx = await contexts.create();
    const failure = await failureOf(harness.generate(agentTestRequest("sim/no-tools", ADD_PROMPT), ctx));
    expect(failure).toMatchObject({ type: "tools_unsupported", status: 400, retryable: false });
    const generation = failure.details.generation as Generation;
    expect(generation.modelCalls).toBe(1);
    expect(generation.text).toBe("");
    expect(generation.tokens.completion).toBeUndefined();
    assertAgentOverhead(generation);
    expect(generation.meta?.agentErrors).toEqual([expect.stringContaining("does not support tools")]);
    expect(await ctx.readArtifact(failure.details.transcript as string)).toContain('"type":"turn.failed"');
  });

  it("classifies an unknown model as model_not_found", async () => {
    const failure = await failureOf(
      harness.generate(agentTestRequest("sim/missing", ADD_PROMPT), await contexts.create()),
    );
    expect(failure).toMatchObject({ type: "model_not_found", status: 404, retryable: false });
  });

  it("timeoutMs: kills codex when the model is too slow and fails as timeout", async () => {
    const ctx = await contexts.create();
    const slow = createCodexHarness(
      createTestDeps(CodexHarnessConfigSchema.parse({ baseUrl: slowSim.url, timeoutMs: 5_000 })),
    );
    const failure = await failureOf(slow.generate(agentTestRequest("sim/oracle", ADD_PROMPT), ctx));
    expect(failure).toMatchObject({ type: "timeout", retryable: false });
    const generation = failure.details.generation as Generation;
    expect(generation.text).toBe("");
    expect(generation.modelCalls).toBe(1);
    expect(generation.tokens.completion).toBeUndefined();
    assertAgentOverhead(generation);
  });

  it("gives codex no secret of the parent environment and keeps it out of the user's folder", async () => {
    process.env[SECRET] = "s3cr3t-codex";
    try {
      const ctx = await contexts.create();
      const generation = await harness.generate(agentTestRequest("sim/oracle", ISOLATION_PROMPT), ctx);
      expect(generation.text).toBe("Saved.");
      expect(generation.toolCalls).toBe(1);
      // What codex was started with: the allow-list only.
      expect(generation.meta?.envKeys).toEqual(
        [
          "CI",
          "CODEX_HOME",
          "HOME",
          "LANG",
          "NO_COLOR",
          "PATH",
          "TERM",
          "TMPDIR",
          "USERPROFILE",
          "XDG_CACHE_HOME",
          "XDG_CONFIG_HOME",
          "XDG_DATA_HOME",
          "XDG_STATE_HOME",
        ].sort(),
      );
      // What a command the model ran saw, written by the agent into its own folder.
      const files = await readKeptFiles(ctx, generation);
      expect(Object.keys(files)).toEqual(["env.txt"]);
      const env = files["env.txt"] ?? "";
      expect(env).not.toContain(SECRET);
      expect(env).not.toContain("s3cr3t-codex");
      const home = /^HOME=(.*)$/m.exec(env)?.[1] ?? "";
      expect(home).toMatch(/benchloop-codex-[^/]+\/home$/);
      expect(home).not.toBe(process.env.HOME);
      // The write into the user's folder was refused.
      expect(existsSync(join(userDir, "escaped.txt"))).toBe(false);
      expect(await readdir(userDir)).toEqual([]);
      expect(generation.meta?.isolation).toMatchObject({ env: "stripped", workDir: "fresh" });
    } finally {
      delete process.env[SECRET];
    }
  });
});
