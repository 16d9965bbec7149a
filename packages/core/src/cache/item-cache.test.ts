import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { WrittenConfig } from "../config/config-schema.js";
import { runBenchmark } from "../kernel/run-benchmark.js";
import { buildPlan } from "../plan/build-plan.js";
import { readPlan } from "../store/read-run.js";
import { createFakeRecorder, type FakeRecorder } from "../testing/fake-plugin.js";
import { createFakeWorkspace, type FakeWorkspace } from "../testing/fake-workspace.js";
import { clearCache, readCacheStats } from "./cache-maintenance.js";
import { explainCacheItem } from "./explain-cache.js";
import { createItemCache } from "./item-cache.js";

let ws: FakeWorkspace;
let recorder: FakeRecorder;
afterEach(async () => {
  await ws?.cleanup();
});

async function setup(scorerVersion = "1.0.0") {
  recorder = createFakeRecorder();
  ws = await createFakeWorkspace({ recorder, scorerVersion });
}

async function run(written: WrittenConfig) {
  const config = ws.config({ models: ["fake-small"], passTypes: ["blind"], ...written });
  return runBenchmark({ config, registry: ws.registry, scope: ws.scope(config), cwd: ws.dir });
}

const count = (prefix: string) => recorder.calls.filter((c) => c.startsWith(prefix)).length;

describe("the cache", () => {
  it("serves a second run's generations and scores from the cache, and counts hits and misses", async () => {
    await setup();
    const written = {
      sources: { "fake-tests": { count: 3 } },
      harnesses: { fake: { items: { "t-02": { outcome: "fail" as const } } } },
    };
    const first = await run(written);
    expect(first.run.items.map((i) => i.cache)).toEqual(["miss", "miss", "miss"]);
    expect(first.run.summary.cache).toEqual({ hits: 0, misses: 3 });
    recorder.calls.length = 0;
    const second = await run(written);
    expect(second.run.items.map((i) => i.cache)).toEqual(["hit", "hit", "hit"]);
    expect(second.run.summary.cache).toEqual({ hits: 3, misses: 0 });
    expect(count("generate")).toBe(0);
    expect(count("prepare")).toBe(0);
    expect(count("score")).toBe(0);
    expect(second.run.items.map((i) => [i.status, i.generation?.text, i.attempts])).toEqual(
      first.run.items.map((i) => [i.status, i.generation?.text, 0]),
    );
    const stats = await readCacheStats(path.join(ws.dir, ".benchloop/cache"));
    expect(stats.entries).toBe(3);
  });

  it("never caches a failed generation", async () => {
    await setup();
    const written = {
      sources: { "fake-tests": { count: 2 } },
      harnesses: { fake: { items: { "t-01": { outcome: "error" as const } } } },
    };
    await run(written);
    recorder.calls.length = 0;
    const second = await run(written);
    expect(second.run.items.map((i) => [i.test, i.cache, i.status])).toEqual([
      ["t-01", "miss", "error"],
      ["t-02", "hit", "passed"],
    ]);
    expect(recorder.calls.filter((c) => c.startsWith("generate")).map((c) => c.split("|")[2])).toEqual([
      "t-01",
    ]);
  });

  it("--no-cache: neither reads nor writes the cache and marks items off", async () => {
    await setup();
    await run({ sources: { "fake-tests": { count: 2 } } });
    recorder.calls.length = 0;
    const off = await run({ sources: { "fake-tests": { count: 2 } }, cache: false });
    expect(off.run.items.map((i) => i.cache)).toEqual(["off", "off"]);
    expect(count("generate")).toBe(2);
    expect(off.run.summary.cache).toEqual({ hits: 0, misses: 0 });
  });

  it("scores a cached answer again when the scorer's version changed", async () => {
    await setup("1.0.0");
    const written = { sources: { "fake-tests": { count: 1 } } };
    await run(written);
    const newer = await createFakeWorkspace({ recorder, scorerVersion: "2.0.0" });
    try {
      recorder.calls.length = 0;
      const config = newer.config({ models: ["fake-small"], passTypes: ["blind"], ...written });
      const result = await runBenchmark({
        config,
        registry: newer.registry,
        scope: newer.scope(config),
        cwd: ws.dir,
      });
      expect(result.run.items[0]).toMatchObject({ cache: "hit", score: { scorerVersion: "2.0.0" } });
      expect(count("generate")).toBe(0);
      expect(count("score")).toBe(1);
    } finally {
      await newer.cleanup();
    }
  });

  it("clear removes every entry and stats count them", async () => {
    await setup();
    await run({ sources: { "fake-tests": { count: 2 } } });
    const dir = path.join(ws.dir, ".benchloop/cache");
    const removed = await clearCache(dir);
    expect(removed.entries).toBe(2);
    expect((await readCacheStats(dir)).entries).toBe(0);
  });

  it("explain names the part of the hash that changed since a run", async () => {
    await setup();
    const first = await run({ sources: { "fake-tests": { count: 2 } } });
    const source = { runId: first.runId, plan: await readPlan(first.dir) };
    const cache = createItemCache({ dir: path.join(ws.dir, ".benchloop/cache") });
    const planNow = async (written: WrittenConfig) => {
      const config = ws.config({ models: ["fake-small"], passTypes: ["blind"], ...written });
      return (await buildPlan({ config, registry: ws.registry, scope: ws.scope(config), cwd: ws.dir })).plan;
    };
    const key = "fake-small|fake|t-02|blind#1";

    const same = explainCacheItem({
      cache,
      itemKey: key,
      source,
      current: { plan: await planNow({ sources: { "fake-tests": { count: 2 } } }) },
    });
    expect(same).toMatchObject({ verdict: "hit", sourceCached: true, changes: [] });

    const digest = await planNow({
      sources: { "fake-tests": { count: 2 } },
      harnesses: { fake: { models: [{ name: "fake-small", digest: "sha256:small-2" }] } },
    });
    const byDigest = explainCacheItem({ cache, itemKey: key, source, current: { plan: digest } });
    expect(byDigest.verdict).toBe("changed");
    expect(byDigest.changes.map((c) => c.path)).toContain("model.digest");
    expect(byDigest.changes.find((c) => c.path === "model.digest")).toEqual({
      path: "model.digest",
      before: "sha256:small-1",
      after: "sha256:small-2",
    });

    const revised = await planNow({
      sources: { "fake-tests": { count: 2, revisions: { "t-02": "b" } } },
      sampling: { temperature: 0.7, seed: 42 },
    });
    const byTest = explainCacheItem({ cache, itemKey: key, source, current: { plan: revised } });
    expect(byTest.changes.map((c) => c.path)).toEqual(["sampling.temperature", "test.contentHash"]);

    expect(() =>
      explainCacheItem({ cache, itemKey: "nope|fake|t-01|blind#1", source, current: { error: "x" } }),
    ).toThrow(/is not in the plan/);
  });

  it("appends one row per generation to a shard log, with the scores of its answer", async () => {
    await setup();
    const first = await run({ sources: { "fake-tests": { count: 1 } } });
    const hash = first.run.items[0]!.hash;
    const log = readFileSync(path.join(ws.dir, ".benchloop/cache/generations", `${hash[0]}.log`), "utf8");
    const row = log.split("\n").find((line) => line.startsWith(`${hash} `))!;
    const entry = JSON.parse(row.slice(hash.length + 1));
    expect(entry).toMatchObject({
      schemaVersion: 1,
      hash,
      itemKey: first.run.items[0]!.key,
      runId: first.runId,
      inputs: { passType: "blind", repeat: 1 },
    });
    expect(Object.keys(entry.scores ?? {})).not.toHaveLength(0);
  });
});
