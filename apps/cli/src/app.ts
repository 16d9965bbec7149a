// The CLI application object handed to every command: its IO, its folder, and a lazy context loader.

import type { Command } from "commander";
import {
  type CommandContext,
  type GlobalOptions,
  type LoadContextOptions,
  loadCommandContext,
} from "./context.js";
import type { CliIo } from "./io.js";

/** What commands receive at registration. */
export interface CliApp {
  io: CliIo;
  cwd: string;
  /** The global flags of a command invocation. */
  globals(command: Command): GlobalOptions;
  /** Loads config and plugins for a command invocation. */
  loadContext(
    command: Command,
    options?: Omit<LoadContextOptions, "cwd" | "io" | "global">,
  ): Promise<CommandContext>;
  /** Sets the process exit code without exiting (output is flushed first). */
  setExitCode(code: number): void;
}

/** Creates the app object for one invocation. */
export function createCliApp(io: CliIo, cwd: string, setExitCode: (code: number) => void): CliApp {
  const globals = (command: Command): GlobalOptions => command.optsWithGlobals() as GlobalOptions;
  return {
    io,
    cwd,
    globals,
    setExitCode,
    loadContext: (command, options = {}) =>
      loadCommandContext({ ...options, cwd, io, global: globals(command) }),
  };
}
