// Builds the commander program: global flags and every command.
import { createRequire } from "node:module";
import { Command } from "commander";
import type { CliApp } from "./app.js";
import { registerCompareCommand } from "./commands/compare.js";
import { registerDevCycleCommand } from "./commands/dev-cycle-command.js";
import { registerExportCommand } from "./commands/export.js";
import { registerGateCommand } from "./commands/gate-command.js";
import { registerImportCommand } from "./commands/import.js";
import { registerJudgeCommands } from "./commands/judge-commands.js";
import { registerKernelCommands } from "./commands/kernel-commands.js";
import { registerLegacyCommands } from "./commands/legacy-commands.js";
import { registerListCommand } from "./commands/list.js";
import { registerMigrateCommand } from "./commands/migrate.js";
import { registerPluginsCommand } from "./commands/plugins.js";
import { registerPromotionCommands } from "./commands/promotion-commands.js";
import { registerReportCommand } from "./commands/report-command.js";
import { registerRescoreCommand } from "./commands/rescore.js";
import { registerServeCommand } from "./commands/serve-command.js";
import { registerShowCommand } from "./commands/show.js";
import { registerSimCommand } from "./commands/sim-command.js";
import { registerTestsCommands } from "./commands/tests-commands.js";

const require = createRequire(import.meta.url);

/** The CLI's own version. */
export const CLI_VERSION = (require("../package.json") as { version: string }).version;

/** Creates the `benchloop` program with every command registered. */
export function createProgram(app: CliApp): Command {
  const program = new Command("benchloop")
    .description(
      "Benchmark local LLMs on your machine and your code; compare runs; promote a model per role.",
    )
    .version(CLI_VERSION, "-V, --version", "print the benchloop version")
    .option(
      "-c, --config <file>",
      "config file (default: benchloop.config.{json,ts,mts,js,mjs} in this folder)",
    )
    .option(
      "--results-dir <dir>",
      "where runs are read and written (default: ./results or the config's resultsDir)",
    )
    .option("--verbose", "print debug logs on stderr")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: (s) => app.io.out(s), writeErr: (s) => app.io.err(s) })
    .exitOverride();
  registerPluginsCommand(program, app);
  registerListCommand(program, app);
  registerKernelCommands(program, app);
  for (const register of [
    registerShowCommand,
    registerCompareCommand,
    registerExportCommand,
    registerMigrateCommand,
    registerImportCommand,
    registerRescoreCommand,
  ])
    register(program, app);
  registerJudgeCommands(program, app);
  registerReportCommand(program, app);
  registerTestsCommands(program, app);
  registerLegacyCommands(program, app);
  registerSimCommand(program, app);
  registerPromotionCommands(program, app);
  registerGateCommand(program, app);
  registerDevCycleCommand(program, app);
  registerServeCommand(program, app);
  for (const command of program.commands)
    command
      .exitOverride()
      .configureOutput({ writeOut: (s) => app.io.out(s), writeErr: (s) => app.io.err(s) });
  return program;
}
