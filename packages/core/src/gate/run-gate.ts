// The gate step of `benchloop gate` and `dev-cycle`: the configured gate policy (from the registry)
// evaluates the runs, and gate.json and gate.md (that policy's document as Markdown) are written.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config/config-schema.js";
import type { ComponentContext } from "../plugin/contracts.js";
import type { Registry, RegistryScope } from "../plugin/registry.js";
import type { GateBlock } from "../results/gate-document.js";
import { renderGateMarkdown } from "../results/gate-document.js";
import type { GateReport } from "../results/gate-report.js";
import type { Run } from "../results/run-schema.js";
import { writeFileAtomic } from "../store/atomic-write.js";
import { resolveGatePolicy } from "./resolve-gate-policy.js";

/** File names of a gate's outputs. */
export const GATE_FILES = { json: "gate.json", markdown: "gate.md" } as const;

/** Options of {@link runGate}. */
export interface RunGateOptions {
  registry: Registry;
  scope: RegistryScope;
  config: Pick<Config, "gate">;
  /** The config file, for messages about `gate.options`. */
  configFile?: string;
  runs: Run[];
  /** `--policy FILE`: absolute path and the path as written (recorded in gate.json). */
  policyFile?: { path: string; written: string };
  /** Folder for gate.json and gate.md (created when missing). */
  outDir: string;
  ctx: ComponentContext;
}

/** What {@link runGate} produced and where it wrote it. */
export interface GateOutcome {
  report: GateReport;
  /** The report in words, as the policy documents it (gate.md and the terminal render these). */
  blocks: GateBlock[];
  jsonFile: string;
  markdownFile: string;
}

/**
 * Evaluates the runs with the config's gate policy and writes gate.json and gate.md atomically.
 * @throws NAME_UNKNOWN (no such policy), CONFIG_INVALID, DOCUMENT_INVALID, ARGUMENT_INVALID
 */
export async function runGate(options: RunGateOptions): Promise<GateOutcome> {
  const policy = resolveGatePolicy(options.registry, options.scope, options.config, options.configFile);
  const report = await policy.component.evaluate(
    {
      runs: options.runs,
      ...(policy.options === undefined ? {} : { policy: policy.options }),
      ...(options.policyFile ? { policyFile: options.policyFile } : {}),
    },
    options.ctx,
  );
  const blocks = policy.component.document({ report });
  await mkdir(options.outDir, { recursive: true });
  const jsonFile = path.join(options.outDir, GATE_FILES.json);
  const markdownFile = path.join(options.outDir, GATE_FILES.markdown);
  await writeFileAtomic(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  await writeFileAtomic(markdownFile, renderGateMarkdown(blocks));
  return { report, blocks, jsonFile, markdownFile };
}
