// `benchloop migrate <path>`: upgrades run.json files to the current schema (core's migration chain),
// a dry run unless --write; exits 1 when a file could not be migrated.
import path from "node:path";
import { migrateRunFiles, RUN_SCHEMA_VERSION } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { EXIT_CODES } from "../exit-codes.js";

/** Adds `benchloop migrate`. */
export function registerMigrateCommand(program: Command, app: CliApp): void {
  program
    .command("migrate")
    .description(`Upgrade run.json files to schemaVersion ${RUN_SCHEMA_VERSION} (dry run unless --write)`)
    .argument("<path>", "a run.json, a run folder, or a results folder")
    .option("--write", "rewrite the files, keeping each original as run.json.bak")
    .action(async (target: string, options: { write?: boolean }) => {
      const shown = (file: string) => path.relative(app.cwd, file) || file;
      const outcome = await migrateRunFiles(path.resolve(app.cwd, target), {
        write: options.write === true,
        shown,
      });
      app.io.out(outcome.text);
      if (outcome.failed > 0) app.setExitCode(EXIT_CODES.error);
    });
}
