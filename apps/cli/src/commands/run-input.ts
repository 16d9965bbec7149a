import path from "node:path";
import {
  type BenchTest,
  type ItemFilter,
  type Logger,
  loadConfig,
  loadTests,
  parseItemFilter,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import type { CommandContext } from "../context.js";

/** The results folder of an invocation: `--results-dir`, else the config's `resultsDir`, against the cwd. */
export async function loadResultsDir(app: CliApp, command: Command): Promise<string> {
  const globals = app.globals(command);
  if (globals.resultsDir) return path.resolve(app.cwd, globals.resultsDir);
  const loaded = await loadConfig({ cwd: app.cwd, file: globals.config });
  return path.resolve(app.cwd, loaded.config.resultsDir);
}

/** Collects a repeatable option's values (`--filter a=1 --filter b=2`). */
export function collectValues(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Parses the `--filter` values. @throws ARGUMENT_INVALID */
export function toFilter(values: readonly string[] | undefined): ItemFilter {
  return parseItemFilter(values ?? []);
}

/** Every test the installed sources give, by id. */
export async function loadTestsById(
  ctx: CommandContext,
  signal: AbortSignal,
): Promise<Map<string, BenchTest>> {
  const loaded = await loadTests({ registry: ctx.registry, scope: ctx.scope, config: ctx.config, signal });
  return new Map(loaded.map((test) => [test.id, test]));
}

/** The logger exporters get: warnings and errors on stderr, nothing else. */
export function exportLogger(app: CliApp): Logger {
  return {
    debug() {},
    info() {},
    warn: (m) => app.io.err(`warning ${m}\n`),
    error: (m) => app.io.err(`${m}\n`),
  };
}

export { type RunInput, readRunInput } from "@benchloop/core";
