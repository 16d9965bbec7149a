import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SYSTEM_CLOCK } from "@benchloop/core";
import { type SimServer, startSim } from "@benchloop/ollama-sim";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FAKE_AGENT, fakeAgentAnswer, fakeAgentLaunch } from "../test/fake-agent.js";
import { parseJsonLines } from "./json-lines.js";
import { type RunAgentItemOptions, runAgentItem } from "./run-agent-item.js";
import {
  ADD_ANSWER,
  ADD_PROMPT,
  agentAnswerBook,
  assertMetered,
  createTestItemContexts,
  failureOf,
  readKeptFiles,
} from "./testing/index.js";

const SECRET = "BENCHLOOP_TEST_SECRET_TOKEN";
let sim: SimServer;
const contexts = createTestItemContexts("fake");

beforeAll(async () => {
  sim = await startSim({ latencyScale: 0, seed: 1, answers: agentAnswerBook("write", {}) });
});
afterEach(() => contexts.cleanup());
afterAll(async () => {
  await sim.close();
});

function options(prompt: string, extra: Partial<RunAgentItemOptions> = {}): RunAgentItemOptions {
  return {
    agent: "fake",
    binary: FAKE_AGENT,
    version: "0.0.1",
    model: "sim/oracle",
    request: { prompt },
    baseUrl: sim.url,
    timeoutMs: 20_000,
    clock: SYSTEM_CLOCK,
    prepare: async ({ proxyUrl, task }) => fakeAgentLaunch({ proxyUrl, task, model: "sim/oracle" }),
    parse: fakeAgentAnswer,
    ...extra,
  };
}

describe("runAgentItem", () => {
  it("meters the agent's model calls: tokens, model time, calls and agent overhead", async () => {
    const ctx = await contexts.create();
    const generation = await runAgentItem(options(ADD_PROMPT), ctx);
    expect(generation.text).toBe(ADD_ANSWER);
    expect(generation.modelCalls).toBe(1);
    assertMetered(generation);
    expect(generation.meta?.wrapper).toBe("none");
    expect(ctx.pids).toHaveLength(1);
  });

  it("gives the agent no secret of the parent environment and a home of its own", async () => {
    process.env[SECRET] = "s3cr3t";
    try {
      const ctx = await contexts.create();
      const generation = await runAgentItem(options(ADD_PROMPT), ctx);
      const dump = parseJsonLines(await ctx.readArtifact(generation.transcript ?? "")).events.find(
        (event) => event.type === "env",
      ) as { env: Record<string, string>; cwd: string };
      expect(dump.env[SECRET]).toBeUndefined();
      expect(JSON.stringify(dump.env)).not.toContain("s3cr3t");
      // The shell that sets up read-only mounts adds PWD, the agent's own folder.
      expect(
        Object.keys(dump.env)
          .filter((key) => key !== "PWD")
          .sort(),
      ).toEqual(
        [
          "CI",
          "FAKE_AGENT_BASE_URL",
          "FAKE_AGENT_MODEL",
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
      expect(dump.env.HOME).not.toBe(process.env.HOME);
      expect(dump.cwd).not.toBe(process.cwd());
      expect(dump.cwd.startsWith(dump.env.HOME?.replace(/home$/, "") ?? "-")).toBe(true);
    } finally {
      delete process.env[SECRET];
    }
  });

  it("keeps the agent from writing into the user's working folder", async () => {
    const ctx = await contexts.create();
    const generation = await runAgentItem(options(`${ADD_PROMPT} write-into:${process.cwd()}`), ctx);
    const events = parseJsonLines(await ctx.readArtifact(generation.transcript ?? "")).events;
    expect(existsSync(join(process.cwd(), "escaped.txt"))).toBe(false);
    expect(events.some((event) => event.type === "refused")).toBe(true);
    expect(generation.meta?.isolation).toMatchObject({ filesystem: "read-only-mount" });
  });

  it("keeps the files the agent wrote as artifacts and removes its folders", async () => {
    const ctx = await contexts.create();
    const generation = await runAgentItem(options(ADD_PROMPT), ctx);
    expect(await readKeptFiles(ctx, generation)).toEqual({ "answer.txt": "kept as an artifact\n" });
    const dump = parseJsonLines(await ctx.readArtifact(generation.transcript ?? "")).events[0] as {
      cwd: string;
    };
    expect(existsSync(dump.cwd)).toBe(false);
  });

  it("kills the agent's whole process group at the time limit and fails as timeout", async () => {
    const ctx = await contexts.create();
    const failure = await failureOf(runAgentItem(options("hang please", { timeoutMs: 1_500 }), ctx));
    expect(failure).toMatchObject({ type: "timeout", retryable: false });
    const generation = failure.details.generation as { text: string; modelCalls: number; transcript: string };
    expect(generation.modelCalls).toBe(0);
    const child = parseJsonLines(await ctx.readArtifact(generation.transcript)).events.find(
      (event) => event.type === "child",
    ) as { pid: number };
    expect(isAlive(child.pid)).toBe(false);
  });
});

/** Whether a process runs (a zombie waiting for a reaper counts as ended). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
