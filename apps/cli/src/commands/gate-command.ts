// `benchloop gate <run...> [--policy FILE]`: one model per role profile from the runs, by the config's
// gate policy (`gate.policy`, default `profile`, resolved through the registry); writes gate.json and
// gate.md, prints the report, and with `--enforce` exits with code 3 when the gate is blocked or failed.
import path from "node:path";
import { argumentInvalid, type GateReport, gateRunsWithPolicy } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { EXIT_CODES } from "../exit-codes.js";
import { renderGateText } from "../output/gate-text.js";
import { readRunInput } from "./run-input.js";

type GateOptions = { policy?: string; out?: string; enforce?: boolean; json?: boolean };

/** With `--enforce`, a gate that did not pass prints its blockers and sets exit code 3. */
export function enforceGate(app: CliApp, report: GateReport, enforce: boolean | undefined): void {
  if (!enforce || report.status === "passed") return;
  const blockers = report.promotion.blockers.map((b) => `\n  ${b}`).join("");
  app.io.err(
    `✗ Gate ${report.status} (exit code ${EXIT_CODES.gateBlocked}, --enforce):${blockers || " no profile has a passing candidate"}\n`,
  );
  app.setExitCode(EXIT_CODES.gateBlocked);
}

/** The `--policy` help: the file is read by the configured policy. */
export const POLICY_FLAG_HELP =
  "policy file (JSON/YAML; a Muninn policy is imported) read by the config's gate.policy; default: the shipped 16 GB policy";

/** Adds `benchloop gate`. */
export function registerGateCommand(program: Command, app: CliApp): void {
  program
    .command("gate")
    .description(
      "Promote one model per role profile from runs by a gate policy; writes gate.json and gate.md and prints why",
    )
    .argument("<runs...>", "runs to judge: run id, run folder, run.json path, latest or latest~N")
    .option("--policy <file>", POLICY_FLAG_HELP)
    .option("--out <dir>", "folder for gate.json and gate.md (default: the first run's folder)")
    .option(
      "--enforce",
      `exit with code ${EXIT_CODES.gateBlocked} when the gate is blocked or failed (nothing to promote)`,
    )
    .option("--json", "print gate.json instead of the report")
    .action(async (refs: string[], options: GateOptions, command: Command) => {
      const ctx = await app.loadContext(command, { validatePluginConfig: false });
      try {
        const resultsDir = path.resolve(ctx.cwd, ctx.config.resultsDir);
        const inputs = [];
        const seen = new Set<string>();
        for (const ref of refs) {
          const input = await readRunInput(resultsDir, ref, app.cwd);
          if (seen.has(input.run.runId))
            throw argumentInvalid(
              ref,
              `run ${input.run.runId} is given twice; its items would count double`,
              "Name each run once.",
            );
          seen.add(input.run.runId);
          inputs.push(input);
        }
        const outDir = options.out ? path.resolve(app.cwd, options.out) : inputs[0]!.dir;
        const gate = await gateRunsWithPolicy(
          ctx,
          inputs.map((input) => input.run),
          outDir,
          options.policy,
        );
        const wrote = `Wrote ${gate.jsonFile} and ${gate.markdownFile}\n`;
        if (options.json) {
          app.io.out(`${JSON.stringify(gate.report, null, 2)}\n`);
          app.io.err(wrote);
        } else app.io.out(`${renderGateText(gate.blocks)}\n${wrote}`);
        enforceGate(app, gate.report, options.enforce);
      } finally {
        await ctx.scope.dispose();
      }
    });
}
