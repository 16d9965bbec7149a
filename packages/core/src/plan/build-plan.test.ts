import { afterEach, describe, expect, it } from "vitest";
import { BenchloopError } from "../errors/benchloop-error.js";
import { definePlugin } from "../plugin/define-plugin.js";
import type { Logger } from "../plugin/services.js";
import { isTestWanted } from "../plugin/test-wish.js";
import { createFakeWorkspace, type FakeWorkspace } from "../testing/fake-workspace.js";
import { buildPlan } from "./build-plan.js";
import type { PlanFilters } from "./plan-filters.js";

let ws: FakeWorkspace;
afterEach(async () => {
  await ws?.cleanup();
});

async function makePlan(written: Parameters<FakeWorkspace["config"]>[0] = {}, filters?: PlanFilters) {
  const config = ws.config(written);
  return buildPlan({
    config,
    registry: ws.registry,
    scope: ws.scope(config),
    cwd: ws.dir,
    filters,
    runId: "20260101T000000Z-abcdef",
  });
}

async function caught(promise: Promise<unknown>): Promise<BenchloopError> {
  try {
    await promise;
  } catch (error) {
    if (BenchloopError.is(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("buildPlan", () => {
  it("expands model × harness × test × pass type × repeat in a fixed order with stable keys", async () => {
    ws = await createFakeWorkspace();
    const { plan } = await makePlan({ sources: { "fake-tests": { count: 2 } }, repeats: 2 });
    expect(plan.items.map((i) => i.key)).toEqual([
      "fake-large|fake|t-01|blind#1",
      "fake-large|fake|t-01|blind#2",
      "fake-large|fake|t-01|informed#1",
      "fake-large|fake|t-01|informed#2",
      "fake-large|fake|t-02|blind#1",
      "fake-large|fake|t-02|blind#2",
      "fake-large|fake|t-02|informed#1",
      "fake-large|fake|t-02|informed#2",
      "fake-small|fake|t-01|blind#1",
      "fake-small|fake|t-01|blind#2",
      "fake-small|fake|t-01|informed#1",
      "fake-small|fake|t-01|informed#2",
      "fake-small|fake|t-02|blind#1",
      "fake-small|fake|t-02|blind#2",
      "fake-small|fake|t-02|informed#1",
      "fake-small|fake|t-02|informed#2",
    ]);
    expect(new Set(plan.items.map((i) => i.hash)).size).toBe(16);
    expect(plan.models.map((m) => [m.name, m.harness, m.digest])).toEqual([
      ["fake-large", "fake", "sha256:large-1"],
      ["fake-small", "fake", "sha256:small-1"],
    ]);
    expect(plan.harnesses).toEqual([
      {
        id: "fake",
        version: "1.0.0",
        plugin: "@benchloop/fake",
        config: expect.objectContaining({ latencyMs: 0 }),
      },
    ]);
    expect(plan.environment.backends).toEqual([{ harness: "fake", available: true, version: "1.0.0" }]);
  });

  it("keeps the order of models as the config names them, across several harnesses", async () => {
    ws = await createFakeWorkspace({ harnesses: ["fake", "fake-b"] });
    const { plan } = await makePlan({
      models: ["fake-small", "fake-large"],
      passTypes: ["blind"],
      sources: { "fake-tests": { count: 1 } },
    });
    expect(plan.items.map((i) => i.key)).toEqual([
      "fake-small|fake|t-01|blind#1",
      "fake-small|fake-b|t-01|blind#1",
      "fake-large|fake|t-01|blind#1",
      "fake-large|fake-b|t-01|blind#1",
    ]);
  });

  it("gives the same items the same hashes in every plan", async () => {
    ws = await createFakeWorkspace();
    const first = await makePlan({ sources: { "fake-tests": { count: 2 } } });
    const second = await makePlan({ sources: { "fake-tests": { count: 2 } } });
    expect(second.plan.items).toEqual(first.plan.items);
  });

  it("changes an item's hash when its model digest, test content, sampling or harness config changes", async () => {
    ws = await createFakeWorkspace();
    const base = await makePlan({ sources: { "fake-tests": { count: 2 } } });
    const hashOf = (p: typeof base, key: string) => p.plan.items.find((i) => i.key === key)!.hash;
    const key = "fake-small|fake|t-02|blind#1";
    const revised = await makePlan({ sources: { "fake-tests": { count: 2, revisions: { "t-02": "b" } } } });
    expect(hashOf(revised, key)).not.toBe(hashOf(base, key));
    expect(hashOf(revised, "fake-small|fake|t-01|blind#1")).toBe(
      hashOf(base, "fake-small|fake|t-01|blind#1"),
    );
    const digest = await makePlan({
      sources: { "fake-tests": { count: 2 } },
      harnesses: { fake: { models: [{ name: "fake-small", digest: "sha256:small-2" }] } },
    });
    expect(hashOf(digest, key)).not.toBe(hashOf(base, key));
    const sampling = await makePlan({
      sources: { "fake-tests": { count: 2 } },
      modelOverrides: { "fake-small": { sampling: { temperature: 0.5 } } },
    });
    expect(hashOf(sampling, key)).not.toBe(hashOf(base, key));
    expect(hashOf(sampling, "fake-large|fake|t-02|blind#1")).toBe(
      hashOf(base, "fake-large|fake|t-02|blind#1"),
    );
  });

  it("filters by models, tests, suites and pass types", async () => {
    ws = await createFakeWorkspace();
    const { plan: filtered } = await makePlan(
      { sources: { "fake-tests": { count: 4, suites: ["smoke", "coding"] } } },
      { models: ["fake-small"], suites: ["coding"], passTypes: ["informed"] },
    );
    expect(filtered.items.map((i) => i.key)).toEqual([
      "fake-small|fake|t-02|informed#1",
      "fake-small|fake|t-04|informed#1",
    ]);
    const { plan: byTest } = await makePlan(
      { sources: { "fake-tests": { count: 4 } } },
      { tests: ["t-03"], passTypes: ["blind"] },
    );
    expect(byTest.items.map((i) => i.key)).toEqual([
      "fake-large|fake|t-03|blind#1",
      "fake-small|fake|t-03|blind#1",
    ]);
  });

  it.each([
    ["models", { models: ["qwen3:8b"] }, "model", ["fake-large", "fake-small"]],
    ["harnesses", { harnesses: ["ollama"] }, "harness", ["fake"]],
    ["tests", { tests: ["t-09"] }, "test", ["t-01", "t-02"]],
    ["suites", { suites: ["live"] }, "suite", ["smoke"]],
    ["passTypes", { passTypes: ["half"] }, "pass type", ["blind", "informed"]],
  ] as const)(
    "%s: an unknown name is an error naming the valid ones",
    async (_name, filters, kind, valid) => {
      ws = await createFakeWorkspace();
      const error = await caught(
        makePlan({ sources: { "fake-tests": { count: 2 } } }, filters as PlanFilters),
      );
      expect(error.code).toBe("NAME_UNKNOWN");
      expect(error.details).toMatchObject({ kind, valid });
    },
  );

  it("fails with every probe's reason when no harness is available", async () => {
    ws = await createFakeWorkspace({ harnesses: ["fake", "fake-b"] });
    // The plan's config asks for no harness in particular; the components' own sections say they are down.
    const config = ws.config();
    const scope = ws.scope(
      ws.config({
        harnesses: { fake: { available: false }, "fake-b": { available: false, reason: "nothing on :9999" } },
      }),
    );
    const error = await caught(buildPlan({ config, registry: ws.registry, scope, cwd: ws.dir }));
    expect(error.code).toBe("NO_HARNESS_AVAILABLE");
    expect(error.message).toContain("fake: the fake server is not running");
    expect(error.message).toContain("fake-b: nothing on :9999");
    expect(error.hint).toContain("--demo");
  });

  it("fails naming the harness when a harness the config asks for is unavailable", async () => {
    ws = await createFakeWorkspace();
    const error = await caught(makePlan({ harnesses: { fake: { available: false } } }));
    expect(error.code).toBe("HARNESS_UNAVAILABLE");
    expect(error.message).toContain("fake: the fake server is not running");
  });

  it("loads the test sources at once and reports their warnings in registry order, after the probes pass", async () => {
    let releaseSlow!: () => void;
    const slowMayFinish = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    const sources = definePlugin({
      name: "@benchloop/test-sources",
      apiVersion: 1,
      register(r) {
        r.testSource("a-slow", () => ({
          async load(_input, ctx) {
            ctx.logger.warn("a-slow is loading");
            // Finishes only once the next source has failed: the two load at the same time.
            await slowMayFinish;
            return [];
          },
        }));
        r.testSource("b-failing", () => ({
          async load() {
            releaseSlow();
            throw new Error("b-failing cannot read its pack");
          },
        }));
      },
    });
    const warnings: string[] = [];
    const logger: Logger = { debug() {}, info() {}, warn: (message) => warnings.push(message), error() {} };
    ws = await createFakeWorkspace({ plugins: [sources] });
    const config = ws.config({ sources: { "fake-tests": { count: 1 } } });
    const { plan } = await buildPlan({
      config,
      registry: ws.registry,
      scope: ws.scope(config),
      cwd: ws.dir,
      logger,
    });
    expect(plan.tests.map((t) => t.id)).toEqual(["t-01"]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toBe("a-slow is loading");
    expect(warnings[1]).toContain("b-failing cannot read its pack");

    warnings.length = 0;
    const down = ws.config({ harnesses: { fake: { available: false } } });
    const error = await caught(
      buildPlan({ config: down, registry: ws.registry, scope: ws.scope(down), cwd: ws.dir, logger }),
    );
    expect(error.code).toBe("HARNESS_UNAVAILABLE");
    expect(warnings).toEqual([]);
  });

  describe("the hint of the tests wanted", () => {
    /** A source that records every `wanted` it gets and, with one, delivers only the tests it names. */
    function hintedSource(seen: unknown[]) {
      const all = ["h-01", "h-02", "h-03"].map((id, i) => ({
        id,
        version: "1",
        source: "hinted",
        suite: i === 2 ? "other" : "hints",
        contentHash: `sha256:${id}`,
        prompts: { blind: `do ${id}`, informed: `do ${id} well` },
        scorer: "fake-scorer",
        tags: [],
      }));
      return definePlugin({
        name: "@benchloop/hinted",
        apiVersion: 1,
        register(r) {
          r.testSource("hinted", () => ({
            async load(input, ctx) {
              seen.push(input.wanted);
              ctx.logger.warn(`hinted load ${input.wanted ? "with" : "without"} a hint`);
              return all.filter((t) => isTestWanted(input.wanted, t.id, t.suite));
            },
          }));
        },
      });
    }
    const silent = { debug() {}, info() {}, error() {} };

    it("hands every source the run's --tests and --suite, and plans what they deliver", async () => {
      const seen: unknown[] = [];
      const warnings: string[] = [];
      ws = await createFakeWorkspace({ plugins: [hintedSource(seen)] });
      const config = ws.config({ sources: { "fake-tests": { count: 2 } }, passTypes: ["blind"] });
      const { plan } = await buildPlan({
        config,
        registry: ws.registry,
        scope: ws.scope(config),
        cwd: ws.dir,
        filters: { tests: ["h-02", "t-01"], models: ["fake-small"] },
        logger: { ...silent, warn: (message) => warnings.push(message) },
      });
      expect(seen).toEqual([{ tests: ["h-02", "t-01"] }]);
      expect(plan.tests.map((t) => t.id)).toEqual(["h-02", "t-01"]);
      expect(warnings).toEqual(["hinted load with a hint"]);
      seen.length = 0;
      await makePlan({ sources: { "fake-tests": { count: 2 } } }, { suites: ["hints"] });
      expect(seen).toEqual([{ suites: ["hints"] }]);
    });

    it("gives no hint when the run names no tests or suites", async () => {
      const seen: unknown[] = [];
      ws = await createFakeWorkspace({ plugins: [hintedSource(seen)] });
      const { plan } = await makePlan({ sources: { "fake-tests": { count: 1 } } });
      expect(seen).toEqual([undefined]);
      expect(plan.tests.map((t) => t.id)).toEqual(["h-01", "h-02", "h-03", "t-01"]);
    });

    it("loads every test again, without a hint, when a name is unknown, so the error lists them all", async () => {
      const seen: unknown[] = [];
      const warnings: string[] = [];
      ws = await createFakeWorkspace({ plugins: [hintedSource(seen)] });
      const config = ws.config({ sources: { "fake-tests": { count: 2 } } });
      const error = await caught(
        buildPlan({
          config,
          registry: ws.registry,
          scope: ws.scope(config),
          cwd: ws.dir,
          filters: { tests: ["h-02", "h-09"] },
          logger: { ...silent, warn: (message) => warnings.push(message) },
        }),
      );
      expect(seen).toEqual([{ tests: ["h-02", "h-09"] }, undefined]);
      expect(error.code).toBe("NAME_UNKNOWN");
      expect(error.details).toMatchObject({ kind: "test", valid: ["h-01", "h-02", "h-03", "t-01", "t-02"] });
      // What the hinted load logged is dropped: the sources' lines come out once.
      expect(warnings).toEqual(["hinted load without a hint"]);
    });
  });

  it("fails naming the tests when their scorer is not installed", async () => {
    ws = await createFakeWorkspace();
    const error = await caught(makePlan({ sources: { "fake-tests": { count: 2, scorer: "code" } } }));
    expect(error.code).toBe("NAME_UNKNOWN");
    expect(error.message).toContain('scorer "code"');
    expect(error.message).toContain("t-01, t-02");
  });
});
