// What the analysis commands share: the results folder (flag, else config), reading a run from an id,
// a path, `latest` or `latest~N` (through the migration chain), the `--filter` flag, and the installed
// tests by id (what rescore and judge score stored answers against).
import { stat } from "node:fs/promises";
import path from "node:path";
import {
  type BenchTest,
  type ItemFilter,
  type Logger,
  loadConfig,
  loadTests,
  type Plan,
  parseItemFilter,
  type Run,
  readPlan,
  readRun,
  readRunFile,
  resolveRunRef,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import type { CommandContext } from "../context.js";

/** A run read for analysis, with its plan when the folder has a valid one. */
export interface RunInput {
  run: Run;
  plan?: Plan;
  /** The run folder (or the folder of the run.json given). */
  dir: string;
}

/** The results folder of an invocation: `--results-dir`, else the config's `resultsDir`, against the cwd. */
export async function loadResultsDir(app: CliApp, command: Command): Promise<string> {
  const globals = app.globals(command);
  if (globals.resultsDir) return path.resolve(app.cwd, globals.resultsDir);
  const loaded = await loadConfig({ cwd: app.cwd, file: globals.config });
  return path.resolve(app.cwd, loaded.config.resultsDir);
}

async function isFile(target: string): Promise<boolean> {
  return stat(target).then(
    (info) => info.isFile(),
    () => false,
  );
}

/**
 * Reads a run named by a run id, `latest`, `latest~N`, a run folder or a run.json path (any supported
 * schema version, such as a plebdev-bench run.json). The plan is read when the folder has a valid one.
 * @throws RUN_NOT_FOUND, SCHEMA_VERSION_UNSUPPORTED, DOCUMENT_INVALID
 */
export async function readRunInput(resultsDir: string, ref: string, cwd: string): Promise<RunInput> {
  const asPath = path.resolve(cwd, ref);
  if (await isFile(asPath)) {
    const { run } = await readRunFile(asPath);
    const dir = path.dirname(asPath);
    return { run, plan: await readPlan(dir).catch(() => undefined), dir };
  }
  const { dir } = await resolveRunRef({ resultsDir, ref, cwd });
  const run = await readRunFile(dir).then(
    (read) => read.run,
    // The store explains a missing run.json (a run still going, or killed) better than a file error.
    (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? readRun(dir) : Promise.reject(error)),
  );
  return { run, plan: await readPlan(dir).catch(() => undefined), dir };
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
