import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type BenchloopError,
  BenchTestSchema,
  ConfigSchema,
  createRegistry,
  type Generation,
  type ItemContext,
  isPlugin,
  SILENT_LOGGER,
} from "@benchloop/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import plugin, { promptPackPlugin } from "./index.js";

const MUNINN = new URL("../test/fixtures/muninn/ollama_benchmark_prompts.jsonl", import.meta.url);

let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), "prompt-pack-"));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function openScope(sources: Record<string, unknown> = {}) {
  const registry = createRegistry();
  registry.addPlugin(plugin, "0.1.0");
  return { registry, scope: registry.createScope({ config: ConfigSchema.parse({ sources }), cwd }) };
}

const componentContext = () => ({ signal: new AbortController().signal, logger: SILENT_LOGGER });

function itemContext(): ItemContext {
  return {
    ...componentContext(),
    itemKey: "m|h|t|blind#1",
    timeoutMs: 1000,
    artifacts: { write: async (name: string) => name },
  };
}

function generation(text: string): Generation {
  return { text, tokens: {}, timing: { wallMs: 1 } };
}

async function loadError(promise: Promise<unknown>): Promise<BenchloopError> {
  return promise.then(
    () => {
      throw new Error("expected load to fail");
    },
    (error: BenchloopError) => error,
  );
}

describe("promptPackPlugin", () => {
  it("is a branded plugin exported by default and by name, registering prompt-pack and rubric", () => {
    expect(isPlugin(plugin)).toBe(true);
    expect(promptPackPlugin).toBe(plugin);
    const { registry } = openScope();
    expect(registry.entry("test-source", "prompt-pack").options).toMatchObject({
      suites: ["low_latency", "balanced", "high_reasoning"],
    });
    expect(registry.entry("scorer", "rubric").version).toBe("2");
  });

  it("loads the three role packs by default, every test valid against BenchTestSchema", async () => {
    const { scope } = openScope();
    const tests = await scope.get("test-source", "prompt-pack").load({ options: {} }, componentContext());
    expect(tests.length).toBeGreaterThanOrEqual(12);
    for (const test of tests) expect(BenchTestSchema.parse(test)).toEqual(test);
    expect(new Set(tests.map((t) => t.suite))).toEqual(
      new Set(["low_latency", "balanced", "high_reasoning"]),
    );
  });

  it("packs: reads files relative to cwd with their suite and idPrefix; includeBuiltin: false leaves out live", async () => {
    await writeFile(join(cwd, "muninn.jsonl"), await readFile(MUNINN));
    const { scope } = openScope();
    const options = {
      includeBuiltin: false,
      packs: [{ file: "muninn.jsonl", suite: "legacy-live", idPrefix: "muninn" }],
    };
    const tests = await scope.get("test-source", "prompt-pack").load({ options }, componentContext());
    expect(tests).toHaveLength(8);
    expect(tests[0]).toMatchObject({ id: "muninn/extraction_schema", suite: "legacy-live" });
  });

  it("reads its options from the config section when load gets none", async () => {
    await writeFile(join(cwd, "team.jsonl"), '{"id":"a","prompt":"Say hi.","required_substrings":["hi"]}\n');
    const { scope } = openScope({
      "prompt-pack": { includeBuiltin: false, packs: [{ file: "team.jsonl" }] },
    });
    const tests = await scope
      .get("test-source", "prompt-pack")
      .load({ options: undefined }, componentContext());
    expect(tests.map((t) => [t.id, t.suite])).toEqual([["team/a", "team"]]);
  });

  it("lists every bad line of every pack in one DOCUMENT_INVALID error", async () => {
    await writeFile(
      join(cwd, "one.jsonl"),
      '{"id":"a","prompt":"p"}\n{"id":"b","prompt":"p","min_words":"x"}\n',
    );
    await writeFile(join(cwd, "two.jsonl"), "// ok\n{nope\n");
    const { scope } = openScope();
    const options = { includeBuiltin: false, packs: [{ file: "one.jsonl" }, { file: "two.jsonl" }] };
    const error = await loadError(
      scope.get("test-source", "prompt-pack").load({ options }, componentContext()),
    );
    expect(error).toMatchObject({
      code: "DOCUMENT_INVALID",
      location: { file: "one.jsonl", line: 1, path: "checks" },
    });
    expect(error.details?.issues).toHaveLength(3);
    expect(error.message.split("\n").slice(0, 3)).toMatchInlineSnapshot(`
      [
        "Prompt packs one.jsonl, two.jsonl have 3 problems:",
        "  - one.jsonl:1: field \`checks\`: the line has no checks: add "checks": [...] or Muninn keys (required_substrings, min_words …)",
        "  - one.jsonl:2: field \`min_words\`: min_words must be a whole number of at least 1",
      ]
    `);
  });

  it("refuses the same test id from two packs, naming both", async () => {
    await writeFile(join(cwd, "a.jsonl"), '{"id":"x","prompt":"p","min_words":1}\n');
    await writeFile(join(cwd, "b.jsonl"), '{"id":"x","prompt":"q","min_words":1}\n');
    const { scope } = openScope();
    const options = {
      includeBuiltin: false,
      packs: [
        { file: "a.jsonl", idPrefix: "p" },
        { file: "b.jsonl", idPrefix: "p" },
      ],
    };
    const error = await loadError(
      scope.get("test-source", "prompt-pack").load({ options }, componentContext()),
    );
    expect(error.code).toBe("DOCUMENT_INVALID");
    expect(error.message).toContain(
      'b.jsonl:1: field `id`: test id "p/x" is also defined in a.jsonl; give this pack another idPrefix',
    );
  });

  it("reports a missing pack file with its config path and the folder paths are relative to", async () => {
    const { scope } = openScope();
    const options = { includeBuiltin: false, packs: [{ file: "missing.jsonl" }] };
    const error = await loadError(
      scope.get("test-source", "prompt-pack").load({ options }, componentContext()),
    );
    expect(error).toMatchObject({
      code: "CONFIG_INVALID",
      location: { path: "sources.prompt-pack.packs[0].file" },
    });
    expect(error.message).toContain(
      `${join(cwd, "missing.jsonl")} does not exist; paths are relative to ${cwd}`,
    );
  });

  it("reports invalid options with their full config path", async () => {
    const { registry, scope } = openScope();
    const error = await loadError(
      scope
        .get("test-source", "prompt-pack")
        .load({ options: { packs: [{ path: "x" }] } }, componentContext()),
    );
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.message).toContain("sources.prompt-pack.packs[0].path");
    const issues = registry.validateConfig(
      ConfigSchema.parse({ sources: { "prompt-pack": { includeBuiltin: "yes" } } }),
    );
    expect(issues.map((i) => i.path)).toEqual(["sources.prompt-pack.includeBuiltin"]);
  });

  it("scores a loaded test through the rubric scorer", async () => {
    const { scope } = openScope();
    const tests = await scope.get("test-source", "prompt-pack").load({ options: {} }, componentContext());
    const test = tests.find((t) => t.id === "live/http-status-rate-limit");
    expect(test).toBeDefined();
    const scorer = scope.get("scorer", "rubric");
    const good = await scorer.score(
      { test: test!, passType: "blind", generation: generation("429") },
      itemContext(),
    );
    const bad = await scorer.score(
      { test: test!, passType: "informed", generation: generation("503") },
      itemContext(),
    );
    expect([good.passed, bad.passed]).toEqual([true, false]);
  });

  it("rubric scorer: refuses a test without rubric checks, naming the test and its source", async () => {
    const { scope } = openScope();
    const test = BenchTestSchema.parse({
      id: "smoke",
      version: "1",
      source: "coding",
      suite: "coding",
      contentHash: "x",
      prompts: { blind: "b", informed: "i" },
      scorer: "rubric",
    });
    const error = await loadError(
      scope
        .get("scorer", "rubric")
        .score({ test, passType: "blind", generation: generation("x") }, itemContext()),
    );
    expect(error).toMatchObject({ code: "ARGUMENT_INVALID", location: { path: "data.checks" } });
    expect(error.message).toContain("Test smoke (from source coding) has no rubric checks");
  });
});
