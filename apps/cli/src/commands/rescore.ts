// `benchloop rescore <run>`: scores a run's stored answers again with the scorers installed now, into a
// new run with provenance. No model is called.
import path from "node:path";
import {
  benchloopVersion,
  claimRunFolder,
  createRunStore,
  formatProportion,
  rescoreRun,
  toPluginRecords,
  toRunId,
  writeRunFolder,
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
            await writeRunFolder(store, result);
            const s = result.run.summary;
            let out = `✓ Re-scored ${result.rescored} of ${source.run.items.length} items of ${source.run.runId} into ${result.run.runId}\n`;
            out += `  ${s.items} items: ✓ ${s.passed} passed · ✗ ${s.failed} failed · ! ${s.error} error · pass@1 ${formatProportion(s.passAt1)}\n`;
            const copied = Object.entries(result.copied).filter(([, n]) => n > 0);
            if (copied.length > 0)
              out += `  copied unchanged: ${copied.map(([reason, n]) => `${n} ${reason}`).join(" · ")}\n`;
            if (result.missingTests.length > 0)
              out += `  ! tests not installed: ${result.missingTests.join(", ")} (\`benchloop list tests\` shows what is)\n`;
            if (result.missingScorers.length > 0)
              out += `  ! scorers not installed: ${result.missingScorers.join(", ")}\n`;
            out += `  folder ${path.relative(app.cwd, store.dir) || store.dir}\n`;
            out += `  next   benchloop compare ${source.run.runId} ${result.run.runId}\n`;
            app.io.out(out);
          },
          { reason: () => new Error("interrupted") },
        );
      } finally {
        await ctx.scope.dispose();
      }
    });
}
