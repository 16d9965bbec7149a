// Commands: show, compare, export, migrate, import, rescore (owned by the analysis work).
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { registerCompareCommand } from "./compare.js";
import { registerExportCommand } from "./export.js";
import { registerImportCommand } from "./import.js";
import { registerMigrateCommand } from "./migrate.js";
import { registerRescoreCommand } from "./rescore.js";
import { registerShowCommand } from "./show.js";

/** Adds the commands of this group to the program. */
export function registerAnalysisCommands(program: Command, app: CliApp): void {
  registerShowCommand(program, app);
  registerCompareCommand(program, app);
  registerExportCommand(program, app);
  registerMigrateCommand(program, app);
  registerImportCommand(program, app);
  registerRescoreCommand(program, app);
}
