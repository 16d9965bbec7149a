// A real run made with repair by the kernel and the fake plugin, read back from its run.json on disk:
// the summary, the end-of-run table and show say pass@1 and pass@2 with the cost of repair.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { WrittenConfig } from "../config/config-schema.js";
import { runBenchmark } from "../kernel/run-benchmark.js";
import { readRunFile } from "../migrations/read-run-file.js";
import { createFakeWorkspace, type FakeWorkspace } from "../testing/fake-workspace.js";
import { renderShowHeader } from "../text/show-header.js";
import { renderRunSummary } from "../text/summary-table.js";

let workspaces: FakeWorkspace[] = [];
afterEach(async () => {
  for (const ws of workspaces) await ws.cleanup();
  workspaces = [];
});

async function runAndRead(written: WrittenConfig) {
  const ws = await createFakeWorkspace();
  workspaces.push(ws);
  const config = ws.config({ retries: { max: 0, baseDelayMs: 1, maxDelayMs: 1 }, ...written });
  const { run, dir: runDir } = await runBenchmark({
    config,
    registry: ws.registry,
    scope: ws.scope(config),
    cwd: ws.dir,
  });
  const { run: read } = await readRunFile(path.join(runDir, "run.json"));
  expect(read.summary).toEqual(run.summary);
  return { run: read, runDir };
}

/** 10 tests: 6 pass at once, 3 fail and are repaired in the first round, 1 fails every round. */
const TEN: WrittenConfig = {
  models: ["fake-small"],
  passTypes: ["blind"],
  sources: { "fake-tests": { count: 10, repair: true } },
  harnesses: {
    fake: {
      items: {
        "t-07": { outcome: "fail", repairAt: 2 },
        "t-08": { outcome: "fail", repairAt: 2 },
        "t-09": { outcome: "fail", repairAt: 2 },
        "t-10": { outcome: "fail" },
      },
    },
  },
};

describe("a run made with repair, read from disk", () => {
  it("has pass@1 0.6 and pass@2 0.9 with Wilson intervals, and counts what repair cost", async () => {
    const { run, runDir } = await runAndRead({ ...TEN, repair: { attempts: 1 } });
    const model = run.summary.byModel["fake-small"]!;
    expect(model.passAt1!.estimate).toBe(0.6);
    expect(model.passAt1!.lower).toBeCloseTo(0.3127, 4);
    expect(model.passAt2!.estimate).toBe(0.9);
    expect(model.passAt2!.lower).toBeCloseTo(0.5958, 4);
    expect(model.passAt2!.upper).toBeCloseTo(0.9821, 4);
    expect(model.repair).toMatchObject({ repaired: 3, attempted: 4 });
    const rounds = run.items.flatMap((item) => item.repairs ?? []);
    expect(rounds).toHaveLength(4);
    const tokens = rounds.reduce(
      (sum, r) => sum + (r.generation?.tokens.prompt ?? 0) + (r.generation?.tokens.completion ?? 0),
      0,
    );
    expect(model.repair!.extraTokens).toBe(tokens);
    expect(model.repair!.extraWallMs).toBe(rounds.reduce((sum, r) => sum + r.metrics.wallMs, 0));

    const table = renderRunSummary(run, runDir);
    expect(table).toContain("pass@2 [95% CI]");
    expect(table.split("\n").find((l) => l.startsWith("fake-small"))).toContain(
      "60% [31%–83%]    90% [60%–98%]",
    );
    expect(renderShowHeader(run, undefined)).toContain("pass@2     90.0% [59.6–98.2]");
  });

  it("shows pass@2 when repair was on though every first answer passed, and not when it was off", async () => {
    const allPass: WrittenConfig = { ...TEN, harnesses: { fake: {} } };
    const on = await runAndRead({ ...allPass, repair: { attempts: 1 } });
    expect(on.run.summary.passAt2!.estimate).toBe(1);
    expect(on.run.summary.repair).toEqual({ repaired: 0, attempted: 0, extraTokens: 0, extraWallMs: 0 });
    const off = await runAndRead(TEN);
    expect(off.run.summary.passAt1!.estimate).toBe(0.6);
    expect(off.run.summary.passAt2).toBeUndefined();
    expect(renderRunSummary(off.run, off.runDir)).not.toContain("pass@2");
  });
});
