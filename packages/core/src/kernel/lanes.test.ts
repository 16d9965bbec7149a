import { describe, expect, it } from "vitest";
import { createLanes } from "./lanes.js";
import { createRunControl } from "./run-control.js";

describe("createLanes", () => {
  it("bounds generations globally and per harness, and records the most in flight", () => {
    const lanes = createLanes({ concurrency: 3, harnessLimits: { slow: 1 }, control: createRunControl() });
    const releaseSlow = lanes.takeGeneration("slow");
    expect(lanes.canGenerate("slow")).toBe(false);
    expect(lanes.canGenerate("fast")).toBe(true);
    lanes.takeGeneration("fast");
    lanes.takeGeneration("fast");
    expect(lanes.canGenerate("fast")).toBe(false);
    releaseSlow();
    releaseSlow();
    expect(lanes.canGenerate("fast")).toBe(true);
    expect(lanes.canGenerate("slow")).toBe(true);
    expect(lanes.maxInFlight).toBe(3);
    expect(lanes.maxInFlightByHarness()).toEqual({ slow: 1, fast: 2 });
  });

  it("stops generations while more answers wait for scoring than there are scoring slots", async () => {
    const lanes = createLanes({ concurrency: 4, scoreConcurrency: 1, control: createRunControl() });
    lanes.takeScoring();
    expect(lanes.canScore()).toBe(false);
    const waiting = lanes.waitForScoring(false);
    expect(lanes.canGenerate("h")).toBe(false);
    const changed = lanes.changed();
    lanes.releaseScoring();
    await waiting;
    await changed;
    expect(lanes.canGenerate("h")).toBe(true);
    expect(lanes.canScore()).toBe(false);
    lanes.releaseScoring();
    expect(lanes.canScore()).toBe(true);
  });

  it("wakes the scheduler on a stop and rejects answers waiting for scoring on an abort", async () => {
    const control = createRunControl();
    const lanes = createLanes({ concurrency: 1, control });
    const stopped = lanes.changed();
    control.stop("test");
    await stopped;
    lanes.takeScoring();
    const waiting = lanes.waitForScoring(true);
    control.abort("test abort");
    await expect(waiting).rejects.toBeDefined();
  });
});
