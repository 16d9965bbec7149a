import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareRuns } from "../compare/compare-runs.js";
import type { WrittenConfig } from "../config/config-schema.js";
import { type RunEvent, RunEventSchema } from "../events/run-event.js";
import type { Clock } from "../plugin/services.js";
import type { ItemResult } from "../results/item-result.js";
import { createRandom } from "../stats/random.js";
import { createFakeRecorder, type FakePluginOptions, type FakeRecorder } from "../testing/fake-plugin.js";
import { createFakeWorkspace, type FakeWorkspace } from "../testing/fake-workspace.js";
import { type RunBenchmarkOptions, runBenchmark } from "./run-benchmark.js";
import { createRunControl } from "./run-control.js";

const FIXED_CLOCK: Clock = { now: () => Date.UTC(2026, 0, 1), monotonic: () => 0 };
const FAST_RETRIES = { max: 2, baseDelayMs: 1, maxDelayMs: 4 };

let workspaces: FakeWorkspace[] = [];
afterEach(async () => {
  for (const ws of workspaces) await ws.cleanup();
  workspaces = [];
});

async function workspace(
  options: FakePluginOptions = {},
): Promise<{ ws: FakeWorkspace; recorder: FakeRecorder }> {
  const recorder = options.recorder ?? createFakeRecorder();
  const ws = await createFakeWorkspace({ ...options, recorder });
  workspaces.push(ws);
  return { ws, recorder };
}

async function run(ws: FakeWorkspace, written: WrittenConfig, extra: Partial<RunBenchmarkOptions> = {}) {
  const config = ws.config({ retries: FAST_RETRIES, ...written });
  const events: RunEvent[] = [];
  const outcome = await runBenchmark({
    ...extra,
    config,
    registry: ws.registry,
    scope: ws.scope(config),
    cwd: ws.dir,
    onEvent: (event) => {
      events.push(event);
      extra.onEvent?.(event);
    },
  });
  return { outcome, events };
}

const facts = (items: readonly ItemResult[]) =>
  items.map((i) => ({
    key: i.key,
    hash: i.hash,
    status: i.status,
    text: i.generation?.text,
    failure: i.failure?.type,
  }));

describe("runBenchmark: scheduling", () => {
  it("concurrency: never has more than 2 generations in flight, and reaches 2", async () => {
    const { ws, recorder } = await workspace();
    const { outcome } = await run(ws, {
      concurrency: 2,
      sources: { "fake-tests": { count: 6 } },
      harnesses: { fake: { latencyMs: 5 } },
    });
    expect(outcome.status).toBe("completed");
    expect(outcome.run.items).toHaveLength(24);
    expect(recorder.maxInFlight).toBe(2);
    expect(outcome.maxInFlight).toBe(2);
  });

  it("harnessConcurrency and capabilities.maxConcurrency bound each harness apart from the global limit", async () => {
    const { ws, recorder } = await workspace({
      harnesses: ["fake", "fake-b"],
      capabilities: { "fake-b": { maxConcurrency: 1 } },
    });
    const { outcome } = await run(ws, {
      concurrency: 4,
      harnessConcurrency: { fake: 2 },
      sources: { "fake-tests": { count: 6 } },
      harnesses: { fake: { latencyMs: 5 }, "fake-b": { latencyMs: 5 } },
    });
    expect(outcome.run.items).toHaveLength(48);
    expect(recorder.maxInFlightByHarness).toEqual({ fake: 2, "fake-b": 1 });
    expect(recorder.maxInFlight).toBeLessThanOrEqual(3);
  });

  it("prepares each model once, runs its items together, and releases it before the next model", async () => {
    const { ws, recorder } = await workspace();
    const { events } = await run(ws, {
      concurrency: 3,
      sources: { "fake-tests": { count: 3 } },
      harnesses: { fake: { latencyMs: 2, prepareMs: 3 } },
    });
    const lifecycle = recorder.calls
      .filter((c) => !c.startsWith("score"))
      .map((c) => c.replace(/\|.*$/, "").replace(/^generate /, "gen "));
    expect(lifecycle).toEqual([
      "prepare fake-large",
      ...Array(6).fill("gen fake-large"),
      "release fake-large",
      "prepare fake-small",
      ...Array(6).fill("gen fake-small"),
      "release fake-small",
    ]);
    const loads = events.filter((e) => e.type === "model:load");
    expect(loads.map((e) => e.type === "model:load" && [e.model, e.loadMs])).toEqual([
      ["fake-large", 3],
      ["fake-small", 3],
    ]);
  });

  it("scores item n while item n+1 generates", async () => {
    const { ws, recorder } = await workspace();
    await run(ws, {
      concurrency: 1,
      sources: { "fake-tests": { count: 3 } },
      passTypes: ["blind"],
      models: ["fake-small"],
      harnesses: { fake: { latencyMs: 20 } },
      scorers: { "fake-scorer": { latencyMs: 20 } },
    });
    expect(recorder.maxInFlight).toBe(1);
    expect(recorder.overlappedScores).toBeGreaterThan(0);
  });

  it("a harness faster than its scorer never has more answers waiting than there are scoring slots", async () => {
    const { ws, recorder } = await workspace();
    const { outcome } = await run(ws, {
      concurrency: 2,
      sources: { "fake-tests": { count: 10 } },
      passTypes: ["blind"],
      models: ["fake-small"],
      scorers: { "fake-scorer": { latencyMs: 10 } },
    });
    expect(outcome.run.items).toHaveLength(10);
    // Generations started minus scorings started: at most 2 generating and 2 waiting for a slot.
    let ahead = 0;
    let most = 0;
    for (const call of recorder.calls) {
      if (call.startsWith("generate ")) ahead++;
      if (call.startsWith("score ")) ahead--;
      most = Math.max(most, ahead);
    }
    expect(most).toBeLessThanOrEqual(4);
  });
});

describe("runBenchmark: failures", () => {
  it("timeouts: a generation that hangs fails with type timeout at its deadline and is not retried", async () => {
    const { ws } = await workspace();
    const { outcome } = await run(ws, {
      models: ["fake-small"],
      passTypes: ["blind"],
      sources: { "fake-tests": { count: 2 } },
      harnesses: { fake: { items: { "t-01": { outcome: "hang" } } } },
      modelOverrides: { "fake-small": { timeouts: { generateMs: 30 } } },
    });
    const [hung, fine] = outcome.run.items;
    expect(hung).toMatchObject({
      status: "error",
      attempts: 1,
      failure: { stage: "generate", type: "timeout", retryable: false },
    });
    expect(fine).toMatchObject({ status: "passed", attempts: 1 });
  });

  it("timeouts: a score that outlasts scoreMs ends as a scoring timeout and the run goes on to the next items", async () => {
    const { ws } = await workspace();
    const { outcome } = await run(ws, {
      models: ["fake-small"],
      passTypes: ["blind"],
      cache: false,
      concurrency: 1,
      sources: { "fake-tests": { count: 3 } },
      scorers: { "fake-scorer": { latencyMs: 60_000 } },
      modelOverrides: { "fake-small": { timeouts: { scoreMs: 40 } } },
    });
    expect(outcome.status).toBe("completed");
    expect(outcome.run.items).toHaveLength(3);
    for (const item of outcome.run.items)
      expect(item).toMatchObject({
        status: "error",
        failure: { stage: "score", type: "timeout", retryable: false },
      });
  }, 10_000);

  it("retries transient failures with backoff and never retries other failures", async () => {
    const { ws, recorder } = await workspace();
    const { outcome, events } = await run(ws, {
      models: ["fake-small"],
      passTypes: ["blind"],
      sources: { "fake-tests": { count: 4 } },
      harnesses: {
        fake: {
          items: {
            "t-01": { transientFailures: 2 },
            "t-02": { transientFailures: 5 },
            "t-03": { outcome: "error" },
            "t-04": { outcome: "crash" },
          },
        },
      },
    });
    const byTest = Object.fromEntries(outcome.run.items.map((i) => [i.test, i]));
    expect(byTest["t-01"]).toMatchObject({ status: "passed", attempts: 3 });
    expect(byTest["t-02"]).toMatchObject({
      status: "error",
      attempts: 3,
      failure: { type: "server_busy", retryable: true, status: 503 },
    });
    expect(byTest["t-03"]).toMatchObject({
      status: "error",
      attempts: 1,
      failure: { type: "http_status", retryable: false },
    });
    expect(byTest["t-04"]).toMatchObject({
      status: "error",
      attempts: 1,
      failure: { type: "crash", retryable: false },
    });
    expect(recorder.calls.filter((c) => c.startsWith("generate")).length).toBe(3 + 3 + 1 + 1);
    const retries = events.filter((e) => e.type === "item:retry");
    expect(retries.map((e) => e.type === "item:retry" && [e.key.split("|")[2], e.attempt]).sort()).toEqual([
      ["t-01", 2],
      ["t-01", 3],
      ["t-02", 2],
      ["t-02", 3],
    ]);
    expect(outcome.run.summary.errorsByType).toEqual({ crash: 1, http_status: 1, server_busy: 1 });
  });
});

describe("runBenchmark: results", () => {
  it("writes run.json items in plan order whatever the completion order, byte for byte", async () => {
    const runWithSeed = async (seed: number) => {
      const random = createRandom(seed);
      const { ws } = await workspace({ script: () => ({ latencyMs: random.nextInt(15), wallMs: 7 }) });
      const { outcome } = await run(
        ws,
        { concurrency: 4, cache: false, sources: { "fake-tests": { count: 5 } } },
        { clock: FIXED_CLOCK },
      );
      const onDisk = JSON.parse(readFileSync(path.join(outcome.dir, "run.json"), "utf8")) as {
        items: ItemResult[];
      };
      const journal = readFileSync(path.join(outcome.dir, "items.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((l) => (JSON.parse(l) as ItemResult).key);
      return { items: JSON.stringify(onDisk.items), keys: outcome.plan.items.map((i) => i.key), journal };
    };
    const first = await runWithSeed(1);
    const second = await runWithSeed(2);
    expect(JSON.parse(first.items).map((i: ItemResult) => i.key)).toEqual(first.keys);
    expect(second.items).toBe(first.items);
    expect(first.journal).not.toEqual(second.journal);
  });

  it("emits events that match the event schema, from run:start to run:end", async () => {
    const { ws } = await workspace();
    const { events, outcome } = await run(ws, {
      sources: { "fake-tests": { count: 2 } },
      harnesses: { fake: { prepareMs: 1 } },
    });
    for (const event of events) expect(RunEventSchema.safeParse(event).success).toBe(true);
    expect(events[0]).toMatchObject({ type: "run:start", runId: outcome.runId, items: 8, pending: 8 });
    expect(events.at(-1)).toMatchObject({ type: "run:end", status: "completed", runId: outcome.runId });
    const ends = events.filter((e) => e.type === "item:end");
    expect(ends.map((e) => e.type === "item:end" && e.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(events.map((e) => e.type))).toEqual(
      new Set([
        "run:start",
        "model:load",
        "model:release",
        "item:start",
        "item:stage",
        "item:end",
        "run:end",
      ]),
    );
  });

  it("keeps results/index.json current", async () => {
    const { ws } = await workspace();
    const { outcome } = await run(ws, { sources: { "fake-tests": { count: 1 } } });
    const index = JSON.parse(readFileSync(path.join(ws.dir, "results", "index.json"), "utf8"));
    expect(index.runs).toEqual([
      expect.objectContaining({
        runId: outcome.runId,
        status: "completed",
        items: 4,
        done: 4,
        passed: 4,
        simulated: false,
      }),
    ]);
    expect(outcome.runId).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{6}$/);
  });
});

describe("runBenchmark: interrupt and resume", () => {
  const written: WrittenConfig = {
    concurrency: 2,
    cache: false,
    sources: { "fake-tests": { count: 5 } },
    harnesses: { fake: { latencyMs: 3 } },
  };

  it("a stop lets in-flight items finish, records the run as interrupted, and resume finishes the same run", async () => {
    const { ws: reference } = await workspace();
    const full = await run(reference, written, { clock: FIXED_CLOCK });

    const { ws } = await workspace();
    const control = createRunControl();
    const stopped = await run(ws, written, {
      clock: FIXED_CLOCK,
      control,
      onEvent: (e) => {
        if (e.type === "item:end" && e.done === 5) control.stop("Ctrl-C");
      },
    });
    expect(stopped.outcome.status).toBe("interrupted");
    expect(stopped.outcome.run.items.length).toBeGreaterThanOrEqual(5);
    expect(stopped.outcome.run.items.length).toBeLessThan(20);
    expect(stopped.events.some((e) => e.type === "run:interrupt")).toBe(true);

    const resumed = await run(ws, written, { clock: FIXED_CLOCK, resume: "latest" });
    expect(resumed.outcome.runId).toBe(stopped.outcome.runId);
    expect(resumed.outcome.status).toBe("completed");
    expect(resumed.outcome.recovered).toBe(stopped.outcome.run.items.length);
    expect(resumed.outcome.executed).toBe(20 - stopped.outcome.run.items.length);
    expect(JSON.stringify(resumed.outcome.run.items)).toBe(JSON.stringify(full.outcome.run.items));
  });

  it("an abort drops the items in flight; resume runs them", async () => {
    let hang = true;
    const stuck = "fake-small|fake|t-03|blind#1";
    const { ws } = await workspace({
      script: ({ key }) => (hang && key === stuck ? { outcome: "hang" } : undefined),
    });
    const control = createRunControl();
    const aborted = await run(ws, written, {
      control,
      onEvent: (e) => {
        if (e.type === "item:stage" && e.key === stuck) {
          setTimeout(() => {
            hang = false;
            control.abort("second Ctrl-C");
          }, 5);
        }
      },
    });
    expect(aborted.outcome.status).toBe("interrupted");
    expect(aborted.outcome.run.items.some((i) => i.key === stuck)).toBe(false);
    const journal = readFileSync(path.join(aborted.outcome.dir, "items.jsonl"), "utf8");
    expect(journal).not.toContain(stuck);
    const resumed = await run(ws, written, { resume: aborted.outcome.runId });
    expect(resumed.outcome.status).toBe("completed");
    expect(resumed.outcome.run.items).toHaveLength(20);
    expect(facts(resumed.outcome.run.items).filter((f) => f.status !== "passed")).toEqual([]);
  });

  it("a stop ends in-flight scoring at once when the cache keeps the answer; resume scores it from the cache", async () => {
    const { ws } = await workspace();
    const slowScoring: WrittenConfig = {
      models: ["fake-small"],
      passTypes: ["blind"],
      concurrency: 1,
      sources: { "fake-tests": { count: 2 } },
      // Scoring would take ten minutes, far beyond the test's timeout: only an immediate stop ends it.
      scorers: { "fake-scorer": { latencyMs: 600_000 } },
      timeouts: { scoreMs: 900_000 },
    };
    const control = createRunControl({ graceMs: 900_000 });
    let stoppedAt: string | undefined;
    const stopped = await run(ws, slowScoring, {
      control,
      onEvent: (e) => {
        if (e.type === "item:stage" && e.stage === "score" && !stoppedAt) {
          stoppedAt = e.key;
          control.stop("Ctrl-C");
        }
      },
    });
    expect(stopped.outcome.status).toBe("interrupted");
    expect(stopped.outcome.run.items.some((i) => i.key === stoppedAt)).toBe(false);

    // A resume reads the plan's config: make its scorer quick there.
    const planFile = path.join(stopped.outcome.dir, "plan.json");
    const plan = JSON.parse(readFileSync(planFile, "utf8"));
    plan.config.scorers["fake-scorer"].latencyMs = 0;
    writeFileSync(planFile, JSON.stringify(plan));
    const resumed = await run(ws, slowScoring, { resume: stopped.outcome.runId });
    expect(resumed.outcome.status).toBe("completed");
    expect(resumed.outcome.run.items.find((i) => i.key === stoppedAt)?.cache).toBe("hit");
  });

  it("drops a torn last journal line and reruns its item on resume", async () => {
    const { ws } = await workspace();
    const first = await run(ws, written, { clock: FIXED_CLOCK });
    const journalFile = path.join(first.outcome.dir, "items.jsonl");
    const lines = readFileSync(journalFile, "utf8").trim().split("\n");
    // As after a kill -9: no run.json, the last 6 items never written, the 7th-last cut mid-line.
    writeFileSync(journalFile, `${lines.slice(0, -7).join("\n")}\n`);
    appendFileSync(journalFile, lines.at(-7)!.slice(0, 40));
    rmSync(path.join(first.outcome.dir, "run.json"));
    const resumed = await run(ws, written, { clock: FIXED_CLOCK, resume: first.outcome.runId });
    expect(resumed.outcome.dropped).toEqual([{ line: 14, reason: "torn" }]);
    expect(resumed.outcome.recovered).toBe(13);
    expect(resumed.outcome.executed).toBe(7);
    expect(JSON.stringify(resumed.outcome.run.items)).toBe(JSON.stringify(first.outcome.run.items));
    const journal = readFileSync(journalFile, "utf8").trim().split("\n");
    expect(journal).toHaveLength(20);
    for (const line of journal) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("refuses to resume a run whose tests changed since it was planned", async () => {
    const { ws } = await workspace();
    const control = createRunControl();
    const stopped = await run(ws, written, {
      control,
      onEvent: (e) => e.type === "item:end" && e.done === 2 && control.stop(),
    });
    const changed = ws.config({
      ...written,
      sources: { "fake-tests": { count: 5, revisions: { "t-05": "new" } } },
    });
    // The resumed run reads the plan's config, so change what the source delivers through the plan file.
    const planFile = path.join(stopped.outcome.dir, "plan.json");
    const plan = JSON.parse(readFileSync(planFile, "utf8"));
    plan.config.sources = changed.sources;
    writeFileSync(planFile, JSON.stringify(plan));
    await expect(run(ws, written, { resume: stopped.outcome.runId })).rejects.toMatchObject({
      code: "RUN_NOT_RESUMABLE",
    });
  });
});

describe("runBenchmark: cache replays", () => {
  it("a run served from the cache keeps the first run's timings, marked replayed, and compare sees no latency change", async () => {
    const { ws } = await workspace();
    const written: WrittenConfig = {
      models: ["fake-small"],
      passTypes: ["blind"],
      sources: { "fake-tests": { count: 4 } },
      harnesses: { fake: { latencyMs: 30 } },
      scorers: { "fake-scorer": { latencyMs: 15 } },
    };
    const first = await run(ws, written);
    const second = await run(ws, written);
    const firstItems = first.outcome.run.items;
    const secondItems = second.outcome.run.items;
    expect(second.outcome.run.summary.cache).toEqual({ hits: 4, misses: 0 });
    for (const [index, replay] of secondItems.entries()) {
      const made = firstItems[index]!;
      expect(made.metrics.replayed).toBeUndefined();
      // The generation's 30 ms plus the scoring time measured in the first run.
      expect(made.metrics.wallMs).toBeGreaterThan(30);
      expect(replay.cache).toBe("hit");
      expect(replay.generation?.timing).toEqual(made.generation?.timing);
      expect(replay.metrics).toEqual({ ...made.metrics, replayed: { fromRun: first.outcome.runId } });
    }
    expect(first.outcome.run.summary.replayedWallItems).toBeUndefined();
    expect(second.outcome.run.summary.replayedWallItems).toBe(4);
    expect(second.outcome.run.summary.medianWallMs).toBe(first.outcome.run.summary.medianWallMs);

    const comparison = compareRuns({ run: first.outcome.run }, { run: second.outcome.run });
    expect(comparison.overall.medianWallMs.b).toBe(comparison.overall.medianWallMs.a);
    expect(comparison.overall.medianTokensPerSec.b).toBe(comparison.overall.medianTokensPerSec.a);
    expect(comparison.overall.replayedTimings).toEqual({ a: 0, b: 4 });
    expect(comparison.overall.verdict).toBe("within noise");
  });
});
