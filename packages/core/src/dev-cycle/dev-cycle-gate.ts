// The gate step of a dev-cycle, after its benchmark (or with reused runs): the configured gate policy
// over the runs (gate.json, gate.md), what is applied today, and dev-cycle-summary.json beside them.
// What `benchloop dev-cycle` and the web app's dev-cycle share.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { argumentInvalid } from "../errors/catalog.js";
import { type GateRunsDeps, gateRunsWithPolicy } from "../gate/gate-runs.js";
import type { GateOutcome } from "../gate/run-gate.js";
import type { ApplySettings, PromotionCommandContext } from "../promotion/apply-settings.js";
import { readCurrentState } from "../promotion/current-state.js";
import {
  buildDevCycleSummary,
  DEV_CYCLE_SUMMARY_FILE,
  type DevCycleSummary,
} from "../results/dev-cycle-summary.js";
import type { RunInput } from "../store/read-run-input.js";

/** What {@link gateDevCycle} reads: a loaded command context. */
export type DevCycleGateDeps = GateRunsDeps & PromotionCommandContext;

/** Options of {@link gateDevCycle}. */
export interface DevCycleGateOptions {
  /** The runs gated; the summary goes to the first one's folder. */
  inputs: readonly RunInput[];
  /** True when the runs were reused (`--defer-benchmarks`), not benchmarked now. */
  reused: boolean;
  /** `--policy FILE` as written, if given. */
  policy?: string;
  /** The apply target, read for what is applied today; else the last apply's checkpoint is. */
  settings?: ApplySettings;
}

/** What a dev-cycle's gate step produced. */
export interface DevCycleGateOutcome {
  gate: GateOutcome;
  summary: DevCycleSummary;
  summaryFile: string;
}

/**
 * Refuses to gate a dev-cycle benchmark that did not complete, naming how to finish it.
 * @throws ARGUMENT_INVALID when `status` is not `completed`
 */
export function assertBenchmarkCompleted(runId: string, status: string): void {
  if (status !== "completed")
    throw argumentInvalid(
      "dev-cycle",
      `the benchmark run ${runId} ended ${status}, so no gate was run`,
      `Finish it with \`benchloop run --resume ${runId}\`, then \`benchloop dev-cycle --defer-benchmarks --from ${runId}\`.`,
    );
}

/**
 * Gates the runs with the configured policy, reads what is applied today and writes
 * dev-cycle-summary.json to the first run's folder.
 * @throws what the gate policy and the target's read throw
 */
export async function gateDevCycle(
  deps: DevCycleGateDeps,
  options: DevCycleGateOptions,
): Promise<DevCycleGateOutcome> {
  const outDir = options.inputs[0]!.dir;
  const gate = await gateRunsWithPolicy(
    deps,
    options.inputs.map((input) => input.run),
    outDir,
    options.policy,
  );
  const current = await readCurrentState(
    deps,
    options.settings,
    gate.report.profiles.map((p) => p.profile),
    { signal: new AbortController().signal, logger: deps.logger },
  );
  const summary = buildDevCycleSummary({
    report: gate.report,
    gateFile: gate.jsonFile,
    current,
    runs: options.inputs.map((input) => ({
      runId: input.run.runId,
      dir: input.dir,
      reused: options.reused,
      items: input.run.items.length,
    })),
  });
  const summaryFile = path.join(outDir, DEV_CYCLE_SUMMARY_FILE);
  await writeFile(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
  return { gate, summary, summaryFile };
}
