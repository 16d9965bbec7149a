// `benchloop export <run...> --format csv|json|jsonl|markdown`: runs through an exporter plugin, to a
// file (written to a temp name, then renamed) or to stdout; `--filter` and `--columns` narrow it.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { argumentInvalid, nameUnknown, type Run, summarizeRun, toItemPredicate } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { collectValues, loadResultsDir, readRunInput, toFilter } from "./run-input.js";

interface ExportOptions {
  format: string;
  out?: string;
  filter?: string[];
  columns?: string;
}

/** A stream onto the CLI's stdout. */
function stdoutStream(app: CliApp): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      app.io.out(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      callback();
    },
  });
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
    .option("--columns <names>", "comma-separated columns (csv, jsonl); see docs/export.md")
    .action(async (refs: string[], options: ExportOptions, command: Command) => {
      const ctx = await app.loadContext(command, { validatePluginConfig: false, kinds: ["exporter"] });
      try {
        const formats = ctx.registry.list("exporter").map((e) => e.id);
        if (!ctx.registry.has("exporter", options.format))
          throw nameUnknown("export format", [options.format], formats, "--format");
        const entry = ctx.registry.entry("exporter", options.format);
        const exportOptions: Record<string, unknown> = {};
        if (options.columns !== undefined) {
          exportOptions.columns = options.columns
            .split(",")
            .map((c) => c.trim())
            .filter(Boolean);
          const accepts = entry.options.configSchema?.safeParse(exportOptions).success ?? false;
          if (!accepts) {
            throw argumentInvalid(
              `--columns ${options.columns}`,
              `the ${options.format} exporter does not take columns`,
              "Use --columns with --format csv or --format jsonl.",
            );
          }
        }
        const filter = toFilter(options.filter);
        const keep = toItemPredicate(filter);
        const filtered = Object.keys(filter).length > 0;
        const resultsDir = await loadResultsDir(app, command);
        const runs: Run[] = [];
        for (const ref of refs) {
          const { run } = await readRunInput(resultsDir, ref, app.cwd);
          if (!filtered) {
            runs.push(run);
            continue;
          }
          const items = run.items.filter(keep);
          runs.push({ ...run, items, summary: summarizeRun(items) });
        }
        const exporter = ctx.scope.get("exporter", options.format);
        const signal = new AbortController().signal;
        const logger = {
          debug() {},
          info() {},
          warn: (m: string) => app.io.err(`warning ${m}\n`),
          error: (m: string) => app.io.err(`${m}\n`),
        };
        if (!options.out) {
          await exporter.export(
            { runs, options: exportOptions },
            { output: stdoutStream(app), signal, logger },
          );
          return;
        }
        const file = path.resolve(app.cwd, options.out);
        const temp = `${file}.${process.pid}.tmp`;
        const output = createWriteStream(temp);
        try {
          await exporter.export({ runs, options: exportOptions }, { output, signal, logger });
          output.end();
          await finished(output);
          await rename(temp, file);
        } catch (error) {
          output.destroy();
          await rm(temp, { force: true });
          throw error;
        }
        const items = runs.reduce((sum, run) => sum + run.items.length, 0);
        app.io.err(
          `✓ Exported ${items} item${items === 1 ? "" : "s"} of ${runs.length} run${runs.length === 1 ? "" : "s"} as ${options.format} to ${path.relative(app.cwd, file) || file}\n`,
        );
      } finally {
        await ctx.scope.dispose();
      }
    });
}
