// The plan.json of an imported run, rebuilt from its items: what was run (models, harnesses, tests, pass
// types), with the other tool's own config kept as `writtenConfig`. Facts the tool did not record
// (CPU, memory, sampling) are marked unknown or left at benchloop's defaults, as docs/schema.md says.
import { ConfigSchema, type PassType } from "../config/config-schema.js";
import { hashCanonical } from "../plan/canonical-json.js";
import { PLAN_SCHEMA_VERSION, type Plan } from "../plan/plan-schema.js";
import type { Run } from "../results/run-schema.js";

/** What the other tool recorded about its machine and config, when its plan file was found. */
export interface ImportedPlanSource {
  tool: string;
  /** Operating system name, e.g. darwin. */
  platform?: string;
  /** Runtime that ran the tool, e.g. "bun 1.3.3". */
  runtime?: string;
  /** The tool's own config, kept verbatim. */
  config?: unknown;
  /** Version of @benchloop/core doing the import. */
  benchloopVersion: string;
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Builds a valid plan.json for an imported run from its items. */
export function toImportedPlan(run: Run, source: ImportedPlanSource): Plan {
  const models = unique(run.items.map((i) => i.model)).sort();
  const harnesses = unique(run.items.map((i) => i.harness)).sort();
  const tests = unique(
    run.items.map((i) => `${i.test}\u0000${i.testVersion}\u0000${i.suite ?? source.tool}`),
  ).sort();
  const passTypes = unique(run.items.map((i) => i.passType)).sort() as PassType[];
  const config = ConfigSchema.parse({
    models,
    tests: unique(run.items.map((i) => i.test)).sort(),
    passTypes: passTypes.length > 0 ? passTypes : undefined,
  });
  const modelHarness = unique(run.items.map((i) => `${i.harness}\u0000${i.model}`)).sort();
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    runId: run.runId,
    createdAt: run.startedAt,
    simulated: run.simulated,
    config,
    writtenConfig: { importedFrom: source.tool, config: source.config ?? null },
    environment: {
      os: source.platform ?? "unknown",
      arch: "unknown",
      cpu: { model: "unknown", cores: 0 },
      memoryBytes: 0,
      node: source.runtime ?? "unknown",
      benchloop: source.benchloopVersion,
      configHash: hashCanonical(config),
      backends: [],
    },
    plugins: [],
    harnesses: harnesses.map((id) => ({ id, version: "unknown", plugin: source.tool })),
    models: modelHarness.map((pair) => {
      const [harness, name] = pair.split("\u0000") as [string, string];
      return { name, harness };
    }),
    tests: tests.map((triple) => {
      const [id, version, suite] = triple.split("\u0000") as [string, string, string];
      return {
        id,
        version,
        source: source.tool,
        suite,
        contentHash: hashCanonical({ tool: source.tool, id, version }),
        scorer: "unknown",
      };
    }),
    items: run.items.map(({ key, hash, model, harness, test, passType, repeat }) => ({
      key,
      hash,
      model,
      harness,
      test,
      passType,
      repeat,
    })),
  };
}
