// `benchloop report [run]`: writes a run's self-contained HTML report to `<runDir>/report.html` (with the
// run's gate report when it has a gate.json) and prints its path; `--open` opens it in the browser when
// stdout is a terminal, or says why it cannot and prints a file:// URL.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { nameUnknown, resolveExporter, writeExport } from "@benchloop/core";
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

/** A command found on PATH (an executable file), or undefined. */
function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The command that opens a file in the browser here ($BROWSER, else the platform's opener), or why none. */
function findOpener(): { command: string } | { missing: string } {
  if (process.env.BROWSER) return { command: process.env.BROWSER };
  if (process.platform === "darwin") return { command: "open" };
  if (process.platform === "win32") return { command: "explorer" };
  const found = onPath("xdg-open");
  return found
    ? { command: found }
    : { missing: "no $BROWSER is set and xdg-open is not on PATH (install xdg-utils, or set BROWSER)" };
}

/**
 * Opens `file` in the browser; when that is not possible, says why on stderr with a file:// URL to
 * open by hand.
 */
function openReport(app: CliApp, file: string): void {
  const url = pathToFileURL(file).href;
  const cannot = (why: string) => app.io.err(`--open: could not open the report: ${why}. Open ${url}\n`);
  if (!app.io.isTty) {
    cannot("stdout is not a terminal");
    return;
  }
  const opener = findOpener();
  if ("missing" in opener) {
    cannot(opener.missing);
    return;
  }
  const child = spawn(opener.command, [file], { detached: true, stdio: "ignore" });
  child.on("error", (error) => cannot(`${opener.command} failed (${error.message})`));
  child.unref();
  app.io.err(`opened in the browser (${path.basename(opener.command)}): ${url}\n`);
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
