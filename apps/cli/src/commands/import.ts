// `benchloop import plebdev <run.json or folder>`: another tool's run as a new benchloop run folder.
import path from "node:path";
import { importPlebdevRun, renderImportSummary } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadResultsDir } from "./run-input.js";

/** Adds `benchloop import plebdev`. */
export function registerImportCommand(program: Command, app: CliApp): void {
  const importCommand = program
    .command("import")
    .description("Import runs made by other tools as benchloop runs");
  importCommand
    .command("plebdev")
    .description("Import a plebdev-bench run (schema 0.1.0) as a new run in the results folder")
    .argument("<source>", "the plebdev-bench run.json, or its run folder")
    .action(async (source: string, _options: unknown, command: Command) => {
      const resultsDir = await loadResultsDir(app, command);
      const { run, dir } = await importPlebdevRun({ source: path.resolve(app.cwd, source), resultsDir });
      app.io.out(renderImportSummary(run, "plebdev-bench", path.relative(app.cwd, dir) || dir));
    });
}
