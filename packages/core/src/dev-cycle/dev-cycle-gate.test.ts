// gateDevCycle through a real registry: the configured policy gates the runs, gate.json, gate.md and
// dev-cycle-summary.json land in the first run's folder, and the summary notes what was applied last.
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BenchloopError } from "../errors/benchloop-error.js";
import { finishGateReport } from "../gate/finish-gate-report.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { createRegistry } from "../plugin/registry.js";
import { SILENT_LOGGER } from "../plugin/services.js";
import { DevCycleSummarySchema } from "../results/dev-cycle-summary.js";
import type { Run } from "../results/run-schema.js";
import type { RunInput } from "../store/read-run-input.js";
import { assertBenchmarkCompleted, gateDevCycle } from "./dev-cycle-gate.js";

/** A policy that recommends qwen3:8b for the balanced profile. */
const pickPlugin = definePlugin({
  name: "test-gates",
  apiVersion: 1,
  register(r) {
    r.gatePolicy("pick", () => ({
      evaluate: async () =>
        finishGateReport({
          schemaVersion: 1,
          createdAt: "2026-01-01T00:00:00.000Z",
          status: "passed",
          simulated: false,
          policy: { id: "pick", name: "pick", format: "benchloop", hash: "h", notes: [] },
          runs: [],
          blockingSeverities: ["critical"],
          profiles: [
            {
              profile: "balanced",
              role: "everyday work",
              recommendation: "qwen3:8b",
              passMetric: "pass@1",
              compositeScore: 0.8,
              margin: null,
              blocked: false,
              requiredSuites: [],
              suiteWeights: {},
              objective: { ability: 1, resourceEfficiency: 0, latency: 0, abilityMetric: "passAt1" },
              codePassAt1: null,
              candidates: [],
              alerts: [],
            },
          ],
          alerts: [],
        }),
      document: () => [{ kind: "paragraph", text: "picked" }],
    }));
  },
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dev-cycle-gate-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("gateDevCycle", () => {
  it("writes gate.json, gate.md and dev-cycle-summary.json to the run's folder", async () => {
    const registry = createRegistry();
    registry.addPlugin(pickPlugin, "1.0.0");
    const scope = registry.createScope({ config: {} as never, cwd: dir, logger: SILENT_LOGGER });
    const runDir = path.join(dir, "results", "20260101T000000Z-abc123");
    await mkdir(runDir, { recursive: true });
    const run = { runId: "20260101T000000Z-abc123", items: [] } as unknown as Run;
    const inputs = [{ run, dir: runDir } as RunInput];
    const config = { gate: { policy: "pick" }, resultsDir: "results" } as never;
    const deps = { registry, scope, config, loaded: {}, cwd: dir, logger: SILENT_LOGGER };
    const outcome = await gateDevCycle(deps, { inputs, reused: false });
    expect(outcome.summaryFile).toBe(path.join(runDir, "dev-cycle-summary.json"));
    const summary = DevCycleSummarySchema.parse(JSON.parse(await readFile(outcome.summaryFile, "utf8")));
    expect(summary.profiles.map((p) => [p.profile, p.model, p.current])).toEqual([
      ["balanced", "qwen3:8b", null],
    ]);
    expect(summary.runs).toEqual([{ runId: run.runId, dir: runDir, reused: false, items: 0 }]);
    expect(await readFile(path.join(runDir, "gate.md"), "utf8")).toBe("picked\n");
  });
});

describe("assertBenchmarkCompleted", () => {
  it("refuses an interrupted benchmark, naming how to resume and gate it", () => {
    expect(() => assertBenchmarkCompleted("r1", "completed")).not.toThrow();
    const error = (() => {
      try {
        assertBenchmarkCompleted("r1", "interrupted");
      } catch (e) {
        return e;
      }
    })();
    expect(BenchloopError.is(error) && error.message).toContain("ended interrupted, so no gate was run");
    expect(BenchloopError.is(error) && error.hint).toContain("benchloop run --resume r1");
  });
});
