import {
  ConfigSchema,
  createRegistry,
  type Generation,
  type JudgeStage,
  SILENT_LOGGER,
} from "@benchloop/core";
import type { SimServer } from "@benchloop/ollama-sim";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import plugin, { createJudge } from "./index.js";
import { ADD_TEST, SIM_JUDGE, SIM_JUDGE_DIGEST, startJudgeSim, tempDir } from "./test-support/judge-sim.js";

let sim: SimServer;
beforeAll(async () => {
  sim = await startJudgeSim();
});
afterAll(() => sim.close());

function itemContext() {
  return {
    signal: new AbortController().signal,
    logger: SILENT_LOGGER,
    itemKey: "sim/oracle|ollama|add|blind#1",
    artifacts: { write: async () => "unused" },
    timeoutMs: 60_000,
  };
}

describe("the judge scorer plugin", () => {
  it("registers scorer `judge` version 1 with its config schema", () => {
    const registry = createRegistry();
    registry.addPlugin(plugin, "0.1.0");
    const entry = registry.entry("scorer", "judge");
    expect(entry.version).toBe("1");
    expect(
      registry.validateConfig(ConfigSchema.parse({ scorers: { judge: { model: "x", backend: "vllm" } } })),
    ).toEqual([{ path: "scorers.judge.backend", message: expect.stringContaining("ollama") }]);
  });

  it("scores an answer as one check per criterion with the verdict in details, as the kernel expects", async () => {
    const cache = await tempDir();
    try {
      const registry = createRegistry();
      registry.addPlugin(plugin, "0.1.0");
      const config = ConfigSchema.parse({
        scorers: { judge: { model: SIM_JUDGE, baseUrl: sim.url, cacheDir: "judge-cache" } },
      });
      const scope = registry.createScope({ config, cwd: cache.dir });
      const scorer = scope.get("scorer", "judge");
      const generation: Generation = {
        text: "export const add = (a, b) => a + b;",
        tokens: {},
        timing: { wallMs: 5 },
      };
      const automated = {
        scorer: "code",
        scorerVersion: "1",
        passed: true,
        value: 1,
        checks: [
          { name: "one", passed: true },
          { name: "two", passed: true },
        ],
      };
      const test = {
        ...ADD_TEST,
        version: "1",
        source: "coding",
        suite: "coding",
        contentHash: "x",
        scorer: "code",
        tags: [],
      };
      const input = { test, passType: "blind" as const, generation, score: automated };
      const score = await scorer.score(input, itemContext());
      expect(score).toMatchObject({
        scorer: "judge",
        scorerVersion: "1",
        passed: true,
        value: expect.closeTo(0.85, 10),
        checks: [
          { name: "Correctness", weight: 3, passed: true, actual: 0.9 },
          { name: "Style", weight: 1, passed: true, actual: 0.7 },
        ],
        details: {
          verdict: { status: "ok", judge: SIM_JUDGE, judgeDigest: SIM_JUDGE_DIGEST, cache: "miss" },
        },
      });
      expect(score.failure).toBeUndefined();
      await scope.dispose();
    } finally {
      await cache.remove();
    }
  });

  it("gives the kernel a judge stage: createJudge has the shape of core's JudgeStage", () => {
    const stage: JudgeStage = createJudge({
      config: { model: SIM_JUDGE, baseUrl: sim.url, cache: false },
      cwd: "/",
    });
    expect(stage.model).toBe(SIM_JUDGE);
  });

  it("gives the kernel its judge stage through the registry: the run's model and Ollama address", async () => {
    const registry = createRegistry();
    registry.addPlugin(plugin, "0.1.0");
    const config = ConfigSchema.parse({ scorers: { judge: { seed: 7 } } });
    const scope = registry.createScope({ config, cwd: "/tmp" });
    const scorer = scope.get("scorer", "judge");
    const stage = await scorer.judgeStage!({
      model: SIM_JUDGE,
      harness: "ollama",
      ollamaUrl: sim.url,
      cache: false,
    });
    expect(stage.model).toBe(SIM_JUDGE);
    const test = {
      ...ADD_TEST,
      version: "1",
      source: "coding",
      suite: "coding",
      contentHash: "x",
      scorer: "code",
      tags: [],
    };
    const generation: Generation = {
      text: "export const add = (a, b) => a + b;",
      tokens: {},
      timing: { wallMs: 5 },
    };
    const score = { scorer: "code", scorerVersion: "1", passed: true, value: 1, checks: [] };
    const verdict = await stage.judge({ test, passType: "blind", generation, score }, itemContext());
    expect(verdict).toMatchObject({ status: "ok", judge: SIM_JUDGE, cache: "off" });
    // A server named in `scorers.judge` wins over the run's Ollama address.
    const own = registry.createScope({
      config: ConfigSchema.parse({ scorers: { judge: { baseUrl: "http://127.0.0.1:9" } } }),
      cwd: "/tmp",
    });
    const other = await own.get("scorer", "judge").judgeStage!({
      model: SIM_JUDGE,
      harness: "ollama",
      ollamaUrl: sim.url,
      cache: false,
    });
    expect((other as unknown as { config: { baseUrl?: string } }).config.baseUrl).toBe("http://127.0.0.1:9");
    await scope.dispose();
    await own.dispose();
  });

  it("refuses to score without a judge model, saying how to set one", async () => {
    const registry = createRegistry();
    registry.addPlugin(plugin, "0.1.0");
    const scope = registry.createScope({ config: ConfigSchema.parse({}), cwd: "/tmp" });
    const generation: Generation = { text: "x", tokens: {}, timing: { wallMs: 1 } };
    const test = {
      ...ADD_TEST,
      version: "1",
      source: "s",
      suite: "s",
      contentHash: "x",
      scorer: "code",
      tags: [],
    };
    await expect(
      scope.get("scorer", "judge").score({ test, passType: "blind", generation }, itemContext()),
    ).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("--judge MODEL"),
    });
  });
});
