// The live state follows the kernel's events: counters, throughput and ETA, the newest items, errors,
// and a message to subscribers for every finished item.
import { describe, expect, it } from "vitest";
import { createLiveJob, type LiveMessage } from "./live-job.js";

const T = "2026-01-01T00:00:00.000Z";
const summary = {
  items: 0,
  passed: 0,
  failed: 0,
  error: 0,
  skipped: 0,
  errorsByType: {},
  cache: { hits: 0, misses: 0 },
  byModel: {},
  byHarness: {},
};

describe("createLiveJob", () => {
  it("counts finished items, estimates throughput and ETA, and tells subscribers of each", () => {
    let now = 1_000;
    const job = createLiveJob({ jobId: "j", kind: "run", demo: true }, () => now);
    const messages: LiveMessage[] = [];
    job.subscribe((m) => messages.push(m));
    job.onEvent({
      type: "run:start",
      time: T,
      runId: "r",
      runDir: "/r",
      items: 4,
      pending: 4,
      simulated: true,
    });
    job.onEvent({ type: "item:start", time: T, key: "a", index: 0 });
    now = 2_000;
    job.onEvent({
      type: "item:end",
      time: T,
      key: "a",
      index: 0,
      done: 1,
      total: 4,
      status: "passed",
      cache: "miss",
      wallMs: 900,
    });
    now = 3_000;
    job.onEvent({
      type: "item:end",
      time: T,
      key: "b",
      index: 1,
      done: 2,
      total: 4,
      status: "error",
      cache: "miss",
      wallMs: 10,
      failureType: "timeout",
    });
    expect(job.state).toMatchObject({
      runId: "r",
      phase: "running",
      done: 2,
      total: 4,
      passed: 1,
      errors: 1,
    });
    expect(job.state.throughput).toBe(1);
    expect(job.state.etaMs).toBe(2_000);
    expect(job.state.problems).toEqual(["b: timeout"]);
    expect(messages.map((m) => m.type)).toEqual(["state", "item", "item"]);
    expect(messages[2]).toMatchObject({
      type: "item",
      item: { key: "b", failureType: "timeout" },
      state: { done: 2 },
    });
    job.onEvent({ type: "run:interrupt", time: T, reason: "stopped" });
    expect(job.state.phase).toBe("stopping");
    job.onEvent({ type: "run:end", time: T, runId: "r", status: "interrupted", summary, runDir: "/r" });
    job.update({ phase: "interrupted" });
    expect(messages.at(-1)).toMatchObject({ type: "state", state: { phase: "interrupted" } });
  });

  it("keeps only the newest 200 items", () => {
    const job = createLiveJob({ jobId: "j", kind: "run", demo: false });
    for (let i = 1; i <= 250; i++)
      job.onEvent({
        type: "item:end",
        time: T,
        key: `k${i}`,
        index: i,
        done: i,
        total: 250,
        status: "failed",
        cache: "off",
        wallMs: 1,
      });
    expect(job.state.items).toHaveLength(200);
    expect(job.state.items[0]!.key).toBe("k51");
    expect(job.state.failed).toBe(250);
  });
});
