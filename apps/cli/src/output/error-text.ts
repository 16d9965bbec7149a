// How a BenchloopError reads in the terminal: the message, the hint, and for an unexpected error its
// stack and where to report it. Apart from run-cli so commands can print errors without importing it.
import type { BenchloopError } from "@benchloop/core";

/** Formats an error for the terminal. */
export function formatError(error: BenchloopError): string {
  const lines = [`✗ ${error.message}`];
  if (error.hint) lines.push(`  ${error.hint}`);
  if (!error.expected && error.stack)
    lines.push("", String((error.cause instanceof Error ? error.cause.stack : undefined) ?? error.stack));
  if (!error.expected)
    lines.push(
      "",
      "Please report this at https://github.com/benchloop/benchloop/issues with the command you ran.",
    );
  return `${lines.join("\n")}\n`;
}
