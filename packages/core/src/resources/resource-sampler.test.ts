import { describe, expect, it } from "vitest";
import { createResourceSampler, readProcessRss } from "./resource-sampler.js";

describe("createResourceSampler", () => {
  it("attaches the peak RSS of reported processes, system memory and harness VRAM to an item", async () => {
    let vramCalls = 0;
    const sampler = createResourceSampler({
      nvidiaSmi: false,
      vramSources: [
        async () => {
          vramCalls++;
          return { vramBytes: 5_000_000 };
        },
      ],
    });
    const tracker = sampler.begin();
    tracker.reportProcess(process.pid);
    sampler.start();
    await new Promise<void>((resolve) => {
      const check = () => (vramCalls > 0 ? setImmediate(resolve) : setImmediate(check));
      check();
    });
    const resources = tracker.end();
    sampler.stop();
    expect(resources?.peakSystemMemoryUsedBytes).toBeGreaterThan(0);
    expect(resources?.peakVramBytes).toBe(5_000_000);
    if (readProcessRss(process.pid) !== undefined) expect(resources?.peakRssBytes).toBeGreaterThan(1_000_000);
  });

  it("never fails when a source throws or a process is gone", () => {
    const sampler = createResourceSampler({
      nvidiaSmi: false,
      vramSources: [() => Promise.reject(new Error("down"))],
    });
    sampler.start();
    const tracker = sampler.begin();
    tracker.reportProcess(2 ** 22 + 12345);
    expect(() => tracker.end()).not.toThrow();
    sampler.stop();
  });
});
