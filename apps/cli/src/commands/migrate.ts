// `benchloop migrate <path> [--write]`: shows what the migration chain would change in run.json files
// (one file, a run folder, or a results folder of runs); `--write` rewrites them, keeping `.bak` copies.
import { copyFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import {
  argumentInvalid,
  RUN_SCHEMA_VERSION,
  readRunFile,
  toBenchloopError,
  writeFileAtomic,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { EXIT_CODES } from "../exit-codes.js";

interface MigrateOptions {
  write?: boolean;
}

async function exists(target: string): Promise<boolean> {
  return stat(target).then(
    () => true,
    () => false,
  );
}

/** The run.json files a path names: itself, its run.json, or the run.json of each folder inside it. */
async function findRunFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info)
    throw argumentInvalid(
      `migrate ${target}`,
      "does not exist",
      "Give a run.json, a run folder, or a results folder.",
    );
  if (info.isFile()) return [target];
  if (await exists(path.join(target, "run.json"))) return [path.join(target, "run.json")];
  const files: string[] = [];
  for (const name of (await readdir(target)).sort()) {
    const file = path.join(target, name, "run.json");
    if (await exists(file)) files.push(file);
  }
  if (files.length === 0)
    throw argumentInvalid(
      `migrate ${target}`,
      "holds no run.json, directly or in its folders",
      "Give a run.json, a run folder, or a results folder.",
    );
  return files;
}

/** Adds `benchloop migrate`. */
export function registerMigrateCommand(program: Command, app: CliApp): void {
  program
    .command("migrate")
    .description(`Upgrade run.json files to schemaVersion ${RUN_SCHEMA_VERSION} (dry run unless --write)`)
    .argument("<path>", "a run.json, a run folder, or a results folder")
    .option("--write", "rewrite the files, keeping each original as run.json.bak")
    .action(async (target: string, options: MigrateOptions) => {
      const files = await findRunFiles(path.resolve(app.cwd, target));
      let pending = 0;
      let failed = 0;
      for (const file of files) {
        const shown = path.relative(app.cwd, file) || file;
        try {
          const { run, from, steps } = await readRunFile(file);
          if (steps.length === 0) {
            app.io.out(`✓ ${shown}: current (schemaVersion ${JSON.stringify(from)})\n`);
            continue;
          }
          pending++;
          const s = run.summary;
          let out = `${options.write ? "→" : "~"} ${shown}: schemaVersion ${JSON.stringify(from)} → ${RUN_SCHEMA_VERSION}\n`;
          for (const step of steps)
            out += `    ${JSON.stringify(step.from)} → ${JSON.stringify(step.to)}: ${step.description}\n`;
          out += `    result: run ${run.runId}, ${s.items} items (✓ ${s.passed} passed · ✗ ${s.failed} failed · ! ${s.error} error · – ${s.skipped} skipped)\n`;
          if (typeof from === "string") {
            out +=
              "    tip: `benchloop import plebdev <path>` makes a complete run folder (plan.json, items.jsonl) in the results folder instead\n";
          }
          if (options.write) {
            const backup = `${file}.bak`;
            if (await exists(backup)) {
              throw argumentInvalid(
                `migrate ${shown}`,
                `a backup ${backup} exists already`,
                "Move it away (it may be the only copy of the original), then run again.",
              );
            }
            await copyFile(file, backup);
            await writeFileAtomic(file, `${JSON.stringify(run, null, 2)}\n`);
            out += `    ✓ written; original kept as ${path.relative(app.cwd, backup) || backup}\n`;
          }
          app.io.out(out);
        } catch (error) {
          failed++;
          app.io.out(`✗ ${shown}: ${toBenchloopError(error).toDisplayString()}\n`);
        }
      }
      if (!options.write && pending > 0) {
        app.io.out(
          `\nDry run: nothing was written. Run again with --write to migrate ${pending} file${pending === 1 ? "" : "s"} (each original is kept as run.json.bak).\n`,
        );
      }
      if (failed > 0) app.setExitCode(EXIT_CODES.error);
    });
}
