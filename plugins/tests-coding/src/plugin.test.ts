// The plugin through core's registry: the `coding` test source delivers valid tests and the `code`
// scorer returns valid scores, with its own sandbox pool closed when the run scope is disposed.
import { readFile } from "node:fs/promises";
import {
  BenchTestSchema,
  type ComponentContext,
  ConfigSchema,
  createRegistry,
  type ItemContext,
  ScoreSchema,
  SILENT_LOGGER,
} from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { CodeScorerConfigSchema } from "./code-scorer.js";
import { CodingSourceConfigSchema } from "./coding-test-source.js";
import testsCodingPlugin from "./index.js";
import { loadCatalog } from "./load-catalog.js";

function componentContext(): ComponentContext {
  return { signal: new AbortController().signal, logger: SILENT_LOGGER };
}

function itemContext(itemKey: string): ItemContext {
  return {
    ...componentContext(),
    itemKey,
    timeoutMs: 60_000,
    artifacts: { write: async (name) => name },
  };
}

function openScope(sources: Record<string, unknown> = {}) {
  const registry = createRegistry();
  registry.addPlugin(testsCodingPlugin, "0.1.0");
  const config = ConfigSchema.parse({ sources });
  return { registry, scope: registry.createScope({ config, cwd: process.cwd() }) };
}

describe("testsCodingPlugin", () => {
  it("registers the coding test source and the code scorer at version 1", () => {
    const { registry } = openScope();
    expect(registry.list("test-source").map((entry) => entry.id)).toEqual(["coding"]);
    const scorer = registry.entry("scorer", "code");
    expect(scorer.version).toBe("2");
    expect(scorer.plugin).toBe("@benchloop/tests-coding");
  });

  it("delivers every catalog test as a valid benchloop test scored by code", async () => {
    const { scope } = openScope();
    const tests = await scope.get("test-source", "coding").load({ options: {} }, componentContext());
    expect(tests.length).toBeGreaterThanOrEqual(10);
    for (const test of tests) {
      expect(BenchTestSchema.parse(test)).toEqual(test);
      expect(test).toMatchObject({ source: "coding", suite: "coding", scorer: "code" });
      expect(test.contentHash).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(tests.map((test) => test.id)).toEqual(
      expect.arrayContaining(["smoke", "calculator-basic", "calculator-stateful", "todo-app"]),
    );
  });

  it("tests: delivers only the named tests and refuses unknown ids", async () => {
    const { scope } = openScope();
    const source = scope.get("test-source", "coding");
    const tests = await source.load({ options: { tests: ["todo-app", "smoke"] } }, componentContext());
    expect(tests.map((test) => test.id).sort()).toEqual(["smoke", "todo-app"]);
    await expect(source.load({ options: { tests: ["nope"] } }, componentContext())).rejects.toMatchObject({
      code: "NAME_UNKNOWN",
    });
  });

  it("scores a reference as passed and prose as a no_code failure, then closes its pool", async () => {
    const { scope } = openScope();
    const [test] = await scope
      .get("test-source", "coding")
      .load({ options: { tests: ["lru-cache"] } }, componentContext());
    if (!test) throw new Error("lru-cache not delivered");
    const scorer = scope.get("scorer", "code");
    const reference = (await loadCatalog()).find((entry) => entry.id === "lru-cache")?.reference ?? "";
    const generation = (text: string) => ({ text, tokens: {}, timing: { wallMs: 1 } });

    const passed = await scorer.score(
      { test, passType: "informed", generation: generation(`\`\`\`ts\n${reference}\`\`\``) },
      itemContext("m|h|lru-cache|informed#1"),
    );
    expect(ScoreSchema.parse(passed)).toEqual(passed);
    expect(passed).toMatchObject({ scorer: "code", scorerVersion: "2", passed: true, value: 1 });
    expect(passed.details?.typeCheck).toMatchObject({ passed: true });

    const prose = await scorer.score(
      { test, passType: "blind", generation: generation("A map with a doubly linked list would do.") },
      itemContext("m|h|lru-cache|blind#1"),
    );
    expect(ScoreSchema.parse(prose)).toEqual(prose);
    expect(prose).toMatchObject({
      passed: false,
      value: 0,
      checks: [],
      failure: { stage: "score", type: "no_code", retryable: false },
    });
    await scope.dispose();
  });
});

describe("README", () => {
  it("documents every option of the test source and the scorer", async () => {
    const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
    const keys = [
      ...Object.keys(CodingSourceConfigSchema.shape),
      ...Object.keys(CodeScorerConfigSchema.shape),
    ];
    for (const key of keys) expect(readme).toMatch(new RegExp(`\\| \`${key}\` +\\|`));
  });
});
