// Commands: show, compare, export, migrate, import, rescore (owned by the analysis work).
import type { Command } from "commander";
import type { CliApp } from "../app.js";

/** Adds the commands of this group to the program. */
export function registerAnalysisCommands(_program: Command, _app: CliApp): void {}
