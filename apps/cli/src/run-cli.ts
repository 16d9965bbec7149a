// Runs the CLI for an argv and turns every outcome into an exit code: expected errors print their
// message and hint without a stack; unexpected ones print the stack and where to report.

import { redactUrlCredentials, toBenchloopError } from "@benchloop/core";
import { CommanderError } from "commander";
import { createCliApp } from "./app.js";
import { EXIT_CODES } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { formatError } from "./output/error-text.js";
import { createProgram } from "./program.js";

export { formatError };

/** Runs `benchloop <args>` and resolves with the exit code. */
export async function runCli(args: string[], written: CliIo, cwd: string = process.cwd()): Promise<number> {
  // Nothing printed shows a password or key written into a URL.
  const io: CliIo = {
    ...written,
    out: (text) => written.out(redactUrlCredentials(text)),
    err: (text) => written.err(redactUrlCredentials(text)),
  };
  let exitCode: number = EXIT_CODES.ok;
  const app = createCliApp(io, cwd, (code) => {
    exitCode = code;
  });
  const program = createProgram(app);
  try {
    await program.parseAsync(args, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.error;
    }
    const normalised = toBenchloopError(error);
    io.err(formatError(normalised));
    return EXIT_CODES.error;
  }
}
