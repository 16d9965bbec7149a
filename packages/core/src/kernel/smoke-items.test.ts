// Items of smoke tests carry `smoke: true`, so the stats that feed ability scores can leave them out.
import { afterEach, describe, expect, it } from "vitest";
import { createFakeWorkspace, type FakeWorkspace } from "../testing/fake-workspace.js";
import { runBenchmark } from "./run-benchmark.js";

let ws: FakeWorkspace | undefined;
afterEach(async () => {
  await ws?.cleanup();
  ws = undefined;
});

describe("runBenchmark: smoke tests", () => {
  it("marks the items of smoke tests, and only those", async () => {
    ws = await createFakeWorkspace();
    const config = ws.config({
      sources: { "fake-tests": { count: 3, smokeTests: ["t-02"] } },
      retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const { run } = await runBenchmark({
      config,
      registry: ws.registry,
      scope: ws.scope(config),
      cwd: ws.dir,
    });
    expect(run.items.length).toBeGreaterThanOrEqual(3);
    for (const item of run.items) expect(item.smoke).toBe(item.test === "t-02" ? true : undefined);
  });
});
