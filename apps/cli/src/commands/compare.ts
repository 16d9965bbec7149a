// `benchloop compare <A> <B>`: is B better than A, worse, or within the noise? Terminal table, --json
// or --markdown; `--fail-on-regression` exits with code 4 when any group regressed beyond noise.

import {
  argumentInvalid,
  COMPARE_DIMENSIONS,
  compareRuns,
  comparisonJson,
  parseCompareOptions,
  regressedGroups,
  renderCompareMarkdown,
  renderCompareTable,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { EXIT_CODES } from "../exit-codes.js";
import { collectValues, loadResultsDir, readRunInput, toFilter } from "./run-input.js";

interface CompareOptions {
  groupBy: string;
  filter?: string[];
  allowIncomparable?: boolean;
  json?: boolean;
  markdown?: boolean;
  failOnRegression?: boolean;
  top: string;
  alpha: string;
  wide?: boolean;
}

/** Adds `benchloop compare`. */
export function registerCompareCommand(program: Command, app: CliApp): void {
  program
    .command("compare")
    .description(
      "Compare run B with run A item by item: pass@1, check rate, judge, latency, speed, and a verdict per group",
    )
    .argument("<a>", "run A (baseline): run id, run folder, run.json path, latest or latest~N")
    .argument("<b>", "run B (candidate)")
    .option("--group-by <dimensions>", `comma-separated: ${COMPARE_DIMENSIONS.join(", ")}, or none`, "model")
    .option(
      "--filter <field=value>",
      "only items matching (model, harness, test, passType, status, suite; repeatable)",
      collectValues,
    )
    .option(
      "--allow-incomparable",
      "keep items whose test version, prompt, model digest or sampling changed in the verdicts",
    )
    .option("--top <n>", "items in the top regression and improvement lists", "10")
    .option("--alpha <level>", "family-wise significance level of the verdicts", "0.05")
    .option("--json", "print the comparison as JSON")
    .option("--markdown", "print the comparison as Markdown")
    .option("--wide", "do not truncate long names")
    .option(
      "--fail-on-regression",
      `exit with code ${EXIT_CODES.regression} when any group regressed beyond noise`,
    )
    .action(async (refA: string, refB: string, options: CompareOptions, command: Command) => {
      if (options.json && options.markdown)
        throw argumentInvalid("--json --markdown", "choose one output format", "Drop one of the two flags.");
      const { groupBy, top, alpha } = parseCompareOptions(options);
      const filter = toFilter(options.filter);
      const resultsDir = await loadResultsDir(app, command);
      const a = await readRunInput(resultsDir, refA, app.cwd);
      const b = await readRunInput(resultsDir, refB, app.cwd);
      const comparison = compareRuns(a, b, {
        groupBy,
        filter,
        allowIncomparable: options.allowIncomparable === true,
        top,
        alpha,
      });
      // --json and --markdown go to programs and files; the warning still reaches the person.
      if (options.json || options.markdown)
        for (const warning of comparison.warnings) app.io.err(`! ${warning}\n`);
      if (options.json) app.io.out(`${comparisonJson(comparison)}\n`);
      else if (options.markdown) app.io.out(renderCompareMarkdown(comparison));
      else
        app.io.out(
          renderCompareTable(comparison, { maxWidth: options.wide ? Number.POSITIVE_INFINITY : 40 }),
        );
      if (options.failOnRegression && comparison.regressed) {
        app.io.err(
          `✗ Regressed beyond noise: ${regressedGroups(comparison).join(", ")} (exit code ${EXIT_CODES.regression}, --fail-on-regression)\n`,
        );
        app.setExitCode(EXIT_CODES.regression);
      }
    });
}
