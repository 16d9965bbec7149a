// runGate through a real registry: the config's gate.policy picks the component, gate.options are
// checked by its schema, gate.json and gate.md are written; an unknown id lists the installed ones.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { BenchloopError } from "../errors/benchloop-error.js";
import { definePlugin } from "../plugin/define-plugin.js";
import { createRegistry } from "../plugin/registry.js";
import { SILENT_LOGGER } from "../plugin/services.js";
import { GateReportSchema } from "../results/gate-report.js";
import { finishGateReport, formatMarginText } from "./finish-gate-report.js";
import { runGate } from "./run-gate.js";

/** A policy that recommends the model named in its options for one role. */
const pickPlugin = definePlugin({
  name: "test-gates",
  apiVersion: 1,
  register(r) {
    r.gatePolicy(
      "pick",
      () => ({
        evaluate: async (input) => {
          const { model } = input.policy as { model: string };
          return finishGateReport({
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
                recommendation: model,
                compositeScore: null,
                margin: null,
                blocked: false,
                requiredSuites: [],
                suiteWeights: {},
                objective: { ability: 1, resourceEfficiency: 0, latency: 0, abilityMetric: "passAt1" },
                codePassAt1: null,
                passMetric: "pass@1",
                candidates: [],
                alerts: [],
              },
            ],
            alerts: [],
          });
        },
        document: ({ report }) => [
          { kind: "heading", level: 1, text: `Gate for ${report.profiles[0]!.recommendation}` },
          { kind: "table", header: ["a", "b"], align: ["left", "right"], rows: [["x|y", "1"]] },
        ],
      }),
      { configSchema: z.object({ model: z.string().min(1) }).strict() },
    );
  },
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "run-gate-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function gate(config: { gate: { policy: string; options?: unknown } }) {
  const registry = createRegistry();
  registry.addPlugin(pickPlugin, "1.0.0");
  const scope = registry.createScope({ config: {} as never, cwd: dir, logger: SILENT_LOGGER });
  const ctx = { signal: new AbortController().signal, logger: SILENT_LOGGER };
  return runGate({ registry, scope, config, runs: [], outDir: path.join(dir, "out"), ctx });
}

describe("runGate", () => {
  it("evaluates with the configured policy and writes gate.json and the policy's document as gate.md", async () => {
    const outcome = await gate({ gate: { policy: "pick", options: { model: "qwen3:8b" } } });
    const written = GateReportSchema.parse(JSON.parse(await readFile(outcome.jsonFile, "utf8")));
    expect(written.promotion.assignments).toEqual([
      expect.objectContaining({ profile: "balanced", model: "qwen3:8b", reason: "no candidate passed" }),
    ]);
    expect(await readFile(outcome.markdownFile, "utf8")).toBe(
      "# Gate for qwen3:8b\n\n| a | b |\n|---|---:|\n| x\\|y | 1 |\n",
    );
  });

  it("names the installed policies for an unknown id, and the field for options its schema refuses", async () => {
    const unknown = (await gate({ gate: { policy: "pik" } }).catch((e: unknown) => e)) as BenchloopError;
    expect(unknown.message).toBe("Unknown gate policy: pik (from gate.policy in the config).");
    expect(unknown.hint).toBe('Valid gate policys: pick. Did you mean "pick"?');
    const invalid = (await gate({ gate: { policy: "pick", options: { model: "" } } }).catch(
      (e: unknown) => e,
    )) as BenchloopError;
    expect(invalid.code).toBe("CONFIG_INVALID");
    expect(invalid.message).toContain("gate.options.model");
  });
});

describe("formatMarginText", () => {
  it("shows 3 decimals, or 2 significant digits for a small lead, signed, with a tie marked", () => {
    expect(formatMarginText(0.1234, true)).toBe("+0.123");
    expect(formatMarginText(0.0042, false)).toBe("+0.0042 (tie: within noise)");
    expect(formatMarginText(0, false)).toBe("+0.000 (tie: within noise)");
    expect(formatMarginText(-0.05, true)).toBe("-0.050");
  });
});
