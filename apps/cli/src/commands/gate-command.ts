// `benchloop gate <run...> [--policy FILE]`: one model per role profile from the runs, by a gate policy
// (the shipped default, a benchloop policy or a Muninn one); writes gate.json and gate.md, prints the
// report, and with `--enforce` exits with code 3 when the gate is blocked or failed.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { argumentInvalid, writeFileAtomic } from "@benchloop/core";
import {
  defaultPolicy,
  evaluateGate,
  type GateReport,
  type LoadedPolicy,
  loadPolicy,
  renderGateReport,
} from "@benchloop/gate-profile";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { EXIT_CODES } from "../exit-codes.js";
import { renderGateText } from "../output/gate-text.js";
import { loadResultsDir, readRunInput } from "./run-input.js";

/** File names of a gate's outputs. */
export const GATE_FILES = { json: "gate.json", markdown: "gate.md" } as const;

interface GateOptions {
  policy?: string;
  out?: string;
  enforce?: boolean;
  json?: boolean;
}

/** Where {@link writeGateFiles} wrote. */
export interface WrittenGateFiles {
  jsonFile: string;
  markdownFile: string;
}

/** Writes `gate.json` and `gate.md` into `dir` (created when missing), each atomically. */
export async function writeGateFiles(report: GateReport, dir: string): Promise<WrittenGateFiles> {
  await mkdir(dir, { recursive: true });
  const jsonFile = path.join(dir, GATE_FILES.json);
  const markdownFile = path.join(dir, GATE_FILES.markdown);
  await writeFileAtomic(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  await writeFileAtomic(markdownFile, renderGateReport(report));
  return { jsonFile, markdownFile };
}

/**
 * Loads the policy named by `--policy` (resolved against `cwd`, recorded as written), or the shipped
 * default policy when there is none.
 * @throws ARGUMENT_INVALID, DOCUMENT_INVALID
 */
export async function loadGatePolicy(file: string | undefined, cwd: string): Promise<LoadedPolicy> {
  if (file === undefined) return defaultPolicy();
  const loaded = await loadPolicy(path.resolve(cwd, file));
  return { ...loaded, source: { ...loaded.source, file } };
}

/** Adds `benchloop gate`. */
export function registerGateCommand(program: Command, app: CliApp): void {
  program
    .command("gate")
    .description(
      "Promote one model per role profile from runs by a gate policy; writes gate.json and gate.md and prints why",
    )
    .argument("<runs...>", "runs to judge: run id, run folder, run.json path, latest or latest~N")
    .option(
      "--policy <file>",
      "gate policy, JSON or YAML (a Muninn promotion policy is imported); default: the shipped 16 GB policy",
    )
    .option("--out <dir>", "folder for gate.json and gate.md (default: the first run's folder)")
    .option(
      "--enforce",
      `exit with code ${EXIT_CODES.gateBlocked} when the gate is blocked or failed (nothing to promote)`,
    )
    .option("--json", "print gate.json instead of the report")
    .action(async (refs: string[], options: GateOptions, command: Command) => {
      const resultsDir = await loadResultsDir(app, command);
      const inputs = [];
      for (const ref of refs) inputs.push(await readRunInput(resultsDir, ref, app.cwd));
      const seen = new Set<string>();
      for (const [index, input] of inputs.entries()) {
        if (seen.has(input.run.runId)) {
          throw argumentInvalid(
            refs[index]!,
            `run ${input.run.runId} is given twice; its items would count double`,
            "Name each run once.",
          );
        }
        seen.add(input.run.runId);
      }
      const loaded = await loadGatePolicy(options.policy, app.cwd);
      const report = evaluateGate(
        inputs.map((input) => input.run),
        loaded.policy,
        { source: loaded.source },
      );
      const outDir = options.out ? path.resolve(app.cwd, options.out) : inputs[0]!.dir;
      const written = await writeGateFiles(report, outDir);
      if (options.json) {
        app.io.out(`${JSON.stringify(report, null, 2)}\n`);
        app.io.err(`Wrote ${written.jsonFile} and ${written.markdownFile}\n`);
      } else {
        app.io.out(renderGateText(report));
        app.io.out(`\nWrote ${written.jsonFile} and ${written.markdownFile}\n`);
      }
      if (options.enforce && report.status !== "passed") {
        const blockers = report.promotion.blockers.map((b) => `\n  ${b}`).join("");
        app.io.err(
          `✗ Gate ${report.status} (exit code ${EXIT_CODES.gateBlocked}, --enforce):${blockers || " no profile has a passing candidate"}\n`,
        );
        app.setExitCode(EXIT_CODES.gateBlocked);
      }
    });
}
