import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { createStageRunner, runStage } from "./stage-runner.js";

describe("runStage", () => {
  it("leaves no abort listener on the run's signal once a stage ends (no MaxListenersExceededWarning)", async () => {
    const run = new AbortController();
    for (let i = 0; i < 20; i++) {
      const outcome = await runStage("score", 1_000, run.signal, async () => i);
      expect(outcome).toEqual({ ok: true, value: i });
    }
    await runStage("score", 1_000, run.signal, async () => {
      throw new Error("boom");
    });
    expect(getEventListeners(run.signal, "abort")).toHaveLength(0);
  });

  it("still aborts a stage when the run aborts", async () => {
    const run = new AbortController();
    const outcome = runStage("generate", 10_000, run.signal, (signal) => {
      return new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    });
    run.abort(new Error("Ctrl-C"));
    expect(await outcome).toMatchObject({ ok: false, runAborted: true });
    expect(getEventListeners(run.signal, "abort")).toHaveLength(0);
  });
});

describe("createStageRunner", () => {
  it("adds one abort listener for the whole run, however many stages run", async () => {
    const run = new AbortController();
    const stage = createStageRunner(run.signal);
    for (let i = 0; i < 20; i++) await stage("score", 1_000, async () => i);
    expect(getEventListeners(run.signal, "abort")).toHaveLength(1);
  });
});
