// `benchloop rescore <run>`: scores a run's stored answers again with the scorers installed now, into a
// new run with provenance. No model is called.
import path from "node:path";
import {
  benchloopVersion,
  claimRunFolder,
  createRunStore,
  renderRescoreSummary,
  rescoreRun,
  toPluginRecords,
  toRunId,
  writeDerivedRun,
} from "@benchloop/core";
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
            const store = createRunStore({ resultsDir, runId: toRunId(new Date()) });
            await claimRunFolder(store);
            const result = await rescoreRun({
              source,
              store,
              tests,
              scorers: {
                get: (id) => (ctx.registry.has("scorer", id) ? ctx.scope.get("scorer", id) : undefined),
                version: (id) => ctx.registry.entry("scorer", id).version,
              },
              scoreTimeoutMs: ctx.config.timeouts.scoreMs,
              concurrency: ctx.config.concurrency,
              filter,
              plugins: toPluginRecords(ctx.plugins),
              benchloopVersion: benchloopVersion(),
              signal,
            });
            await writeDerivedRun(store, result);
            const folder = path.relative(app.cwd, store.dir) || store.dir;
            app.io.out(renderRescoreSummary(result, source.run, folder));
          },
          { reason: () => new Error("interrupted") },
        );
      } finally {
        await ctx.scope.dispose();
      }
    });
}
