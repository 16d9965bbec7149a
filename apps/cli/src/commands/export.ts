// `benchloop export <runs...> --format <fmt>`: runs through an exporter plugin (core's export), to stdout
// or atomically to --out.
import path from "node:path";
import { Writable } from "node:stream";
import { filterRuns, resolveExporter, writeExport } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { list } from "./option-parsers.js";
import { collectValues, exportLogger, loadResultsDir, readRunInput, toFilter } from "./run-input.js";

interface ExportOptions {
  format: string;
  out?: string;
  filter?: string[];
  columns?: string[];
}

/** Adds `benchloop export`. */
export function registerExportCommand(program: Command, app: CliApp): void {
  program
    .command("export")
    .description("Export runs as CSV, JSON, JSONL or Markdown (formats come from exporter plugins)")
    .argument("<runs...>", "run ids, run folders, run.json paths, latest or latest~N")
    .requiredOption("--format <format>", "exporter to use: csv, json, jsonl, markdown, or one a plugin adds")
    .option("--out <file>", "write to this file instead of stdout")
    .option(
      "--filter <field=value>",
      "only items matching (model, harness, test, passType, status, suite; repeatable)",
      collectValues,
    )
    .option("--columns <names>", "comma-separated columns (csv, jsonl); see docs/export.md", list)
    .action(async (refs: string[], options: ExportOptions, command: Command) => {
      const ctx = await app.loadContext(command, { validatePluginConfig: false, kinds: ["exporter"] });
      try {
        const exporter = resolveExporter(ctx.registry, ctx.scope, options.format, options.columns);
        const filter = toFilter(options.filter);
        const resultsDir = await loadResultsDir(app, command);
        const read = await Promise.all(refs.map((ref) => readRunInput(resultsDir, ref, app.cwd)));
        const runs = filterRuns(
          read.map((input) => input.run),
          filter,
        );
        const file = options.out ? path.resolve(app.cwd, options.out) : undefined;
        const stdout = new Writable({
          write(chunk: Buffer | string, _encoding, done) {
            app.io.out(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
            done();
          },
        });
        await writeExport(exporter, runs, file ?? stdout, exportLogger(app));
        if (!file) return;
        const items = runs.reduce((sum, run) => sum + run.items.length, 0);
        app.io.err(
          `✓ Exported ${items} item${items === 1 ? "" : "s"} of ${runs.length} run${runs.length === 1 ? "" : "s"} as ${options.format} to ${path.relative(app.cwd, file) || file}\n`,
        );
      } finally {
        await ctx.scope.dispose();
      }
    });
}
