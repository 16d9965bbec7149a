// `benchloop show [run]`: a run's header and matrix, or one item in full with --item (core's views).
import {
  findRunItem,
  readItemArtifacts,
  renderShowItem,
  renderShowRun,
  toItemPredicate,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { collectValues, loadResultsDir, readRunInput, toFilter } from "./run-input.js";

interface ShowOptions {
  item?: string;
  wide?: boolean;
  filter?: string[];
  json?: boolean;
}

/** Adds `benchloop show`. */
export function registerShowCommand(program: Command, app: CliApp): void {
  program
    .command("show")
    .description(
      "Show a run: its header and a model → harness → test × pass type matrix, or one item with --item",
    )
    .argument("[run]", "run id, run folder, run.json path, latest or latest~N", "latest")
    .option("--item <key>", "show one item in full: prompt, answer, checks, failure, timings, judge")
    .option("--wide", "do not truncate long names")
    .option(
      "--filter <field=value>",
      "only items matching (model, harness, test, passType, status, suite; repeatable)",
      collectValues,
    )
    .option("--json", "print the run (or the item) as JSON")
    .action(async (ref: string, options: ShowOptions, command: Command) => {
      const { run, plan, dir } = await readRunInput(await loadResultsDir(app, command), ref, app.cwd);
      if (options.item !== undefined) {
        const item = findRunItem(run, options.item);
        const json = `${JSON.stringify(item, null, 2)}\n`;
        return app.io.out(options.json ? json : renderShowItem(item, await readItemArtifacts(dir, item)));
      }
      const items = run.items.filter(toItemPredicate(toFilter(options.filter)));
      const maxWidth = options.wide ? Number.POSITIVE_INFINITY : 32;
      app.io.out(
        options.json
          ? `${JSON.stringify({ ...run, items }, null, 2)}\n`
          : renderShowRun(run, plan, items, maxWidth),
      );
    });
}
