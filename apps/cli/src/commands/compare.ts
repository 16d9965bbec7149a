// `benchloop compare <A> <B>`: is B better than A, worse, or within the noise? Terminal table, --json
// or --markdown; `--fail-on-regression` exits with code 4 when any group regressed beyond noise.

import {
  argumentInvalid,
  COMPARE_DIMENSIONS,
  type CompareDimension,
  compareRuns,
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

function parseGroupBy(value: string): CompareDimension[] {
  if (value.trim() === "none") return [];
  const dimensions = value
    .split(",")
    .map((d) => d.trim())
    .filter(Boolean);
  for (const dimension of dimensions) {
    if (!(COMPARE_DIMENSIONS as readonly string[]).includes(dimension)) {
      throw argumentInvalid(
        `--group-by ${value}`,
        `"${dimension}" is not a dimension runs can be grouped by`,
        `Use a comma-separated list of ${COMPARE_DIMENSIONS.join(", ")}, or none.`,
      );
    }
  }
  return dimensions as CompareDimension[];
}

function parseNumber(flag: string, value: string, check: (n: number) => boolean, hint: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) throw argumentInvalid(`${flag} ${value}`, "is out of range", hint);
  return n;
}

/** `NaN` and infinities become null so the JSON stays valid. */
function toJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2);
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
      const groupBy = parseGroupBy(options.groupBy);
      const filter = toFilter(options.filter);
      const top = parseNumber(
        "--top",
        options.top,
        (n) => Number.isInteger(n) && n >= 0,
        "Use a whole number, e.g. --top 20.",
      );
      const alpha = parseNumber(
        "--alpha",
        options.alpha,
        (n) => n > 0 && n < 1,
        "Use a level between 0 and 1, e.g. --alpha 0.05.",
      );
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
      if (options.json) app.io.out(`${toJson(comparison)}\n`);
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
