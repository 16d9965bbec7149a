// Commands: tests check (owned by the coding catalog work).
import type { Command } from "commander";
import type { CliApp } from "../app.js";

/** Adds the commands of this group to the program. */
export function registerTestsCommands(_program: Command, _app: CliApp): void {}
