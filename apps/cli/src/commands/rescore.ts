// `benchloop rescore <run>`: scores a run's stored answers again with the scorers installed now, into a
// new run with provenance. No model is called.
import path from "node:path";
import { renderRescoreSummary, toPluginRecords, writeRescoredRun } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { withCtrlC } from "./ctrl-c.js";
import { collectValues, loadResultsDir, loadTestsById, readRunInput, toFilter } from "./run-input.js";

interface RescoreOptions {
  filter?: string[];
}

/** Adds `benchloop rescore`. */
export function registerRescoreCommand(program: Command, app: CliApp): void {
  program
    .command("rescore")
    .description(
      "Score a run's stored answers again with the current scorers, into a new run (no model is called)",
    )
    .argument("[run]", "run id, run folder, run.json path, latest or latest~N", "latest")
    .option(
      "--filter <field=value>",
      "score only matching items again; the rest are copied (repeatable)",
      collectValues,
    )
    .action(async (ref: string, options: RescoreOptions, command: Command) => {
      const filter = toFilter(options.filter);
      const ctx = await app.loadContext(command, { kinds: ["test-source", "scorer"] });
      try {
        const resultsDir = await loadResultsDir(app, command);
        const source = await readRunInput(resultsDir, ref, app.cwd);
        await withCtrlC(
          async (signal) => {
            const tests = await loadTestsById(ctx, signal);
            const plugins = toPluginRecords(ctx.plugins);
            const result = await writeRescoredRun({
              ...ctx,
              resultsDir,
              source,
              tests,
              plugins,
              filter,
              signal,
            });
            const folder = path.relative(app.cwd, result.dir) || result.dir;
            app.io.out(renderRescoreSummary(result, source.run, folder));
          },
          { reason: () => new Error("interrupted") },
        );
      } finally {
        await ctx.scope.dispose();
      }
    });
}
