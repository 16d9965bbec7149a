// `benchloop report [run]`: writes a run's self-contained HTML report to `<runDir>/report.html` (with the
// run's gate report when it has a gate.json) and prints its path; `--open` opens it in the browser when
// stdout is a terminal, or says why it cannot and prints a file:// URL.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { nameUnknown, openInBrowser, resolveExporter, writeExport } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { exportLogger, loadResultsDir, readRunInput } from "./run-input.js";

/** The report's file name inside a run folder. */
export const REPORT_FILE = "report.html";

interface ReportOptions {
  out?: string;
  open?: boolean;
}

async function readGate(dir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(dir, "gate.json"), "utf8")) as unknown;
  } catch {
    return undefined; // No gate report (or an unreadable one): the report leaves the gate section out.
  }
}

/** Opens the report in the browser; when that is not possible, says why with a file:// URL. */
function openReport(app: CliApp, file: string): void {
  const url = pathToFileURL(file).href;
  const cannot = (why: string) => app.io.err(`--open: could not open the report: ${why}. Open ${url}\n`);
  const opened = app.io.isTty ? openInBrowser(file, cannot) : { missing: "stdout is not a terminal" };
  if ("missing" in opened) cannot(opened.missing);
  else app.io.err(`opened in the browser (${opened.opener}): ${url}\n`);
}

/** Adds `benchloop report`. */
export function registerReportCommand(program: Command, app: CliApp): void {
  program
    .command("report")
    .description("Write a run's self-contained HTML report to <run folder>/report.html and print its path")
    .argument("[run]", "run id, run folder, run.json path, latest or latest~N", "latest")
    .option("--out <file>", "write the report here instead of the run folder")
    .option("--open", "open the report in the browser (when stdout is a terminal); else print a file:// URL")
    .action(async (ref: string, options: ReportOptions, command: Command) => {
      const ctx = await app.loadContext(command, { validatePluginConfig: false, kinds: ["exporter"] });
      try {
        if (!ctx.registry.has("exporter", "html"))
          throw nameUnknown(
            "exporter",
            ["html"],
            ctx.registry.list("exporter").map((e) => e.id),
          );
        const resultsDir = await loadResultsDir(app, command);
        const { run, dir } = await readRunInput(resultsDir, ref, app.cwd);
        const gate = await readGate(dir);
        const html = resolveExporter(ctx.registry, ctx.scope, "html");
        html.options = gate === undefined ? {} : { gate };
        const file = options.out ? path.resolve(app.cwd, options.out) : path.join(dir, REPORT_FILE);
        await writeExport(html, [run], file, exportLogger(app));
        app.io.out(`${file}\n`);
        if (options.open) openReport(app, file);
      } finally {
        await ctx.scope.dispose();
      }
    });
}
