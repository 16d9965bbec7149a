// Commands: run, plan, cache, runs (owned by the kernel work).
import type { Command } from "commander";
import type { CliApp } from "../app.js";

/** Adds the commands of this group to the program. */
export function registerKernelCommands(_program: Command, _app: CliApp): void {}
