// `benchloop report [run]`: writes a run's self-contained HTML report to `<runDir>/report.html` (with the
// run's gate report when it has a gate.json) and prints its path; `--open` opens it in the browser when
// stdout is a terminal.
import { spawn } from "node:child_process";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PassThrough } from "node:stream";
import { nameUnknown } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadResultsDir, readRunInput } from "./run-input.js";

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

function openInBrowser(file: string): void {
  const command =
    process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  const child = spawn(command, [file], { detached: true, stdio: "ignore" });
  child.on("error", () => undefined); // No opener installed: the printed path is enough.
  child.unref();
}

/** Adds `benchloop report`. */
export function registerReportCommand(program: Command, app: CliApp): void {
  program
    .command("report")
    .description("Write a run's self-contained HTML report to <run folder>/report.html and print its path")
    .argument("[run]", "run id, run folder, run.json path, latest or latest~N", "latest")
    .option("--out <file>", "write the report here instead of the run folder")
    .option("--open", "open the report in the browser (only when stdout is a terminal)")
    .action(async (ref: string, options: ReportOptions, command: Command) => {
      const ctx = await app.loadContext(command, { validatePluginConfig: false });
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
        const output = new PassThrough();
        const chunks: Buffer[] = [];
        output.on("data", (chunk: Buffer) => chunks.push(chunk));
        await ctx.scope.get("exporter", "html").export(
          { runs: [run], options: gate === undefined ? {} : { gate } },
          {
            output,
            signal: new AbortController().signal,
            logger: {
              debug() {},
              info() {},
              warn: (m) => app.io.err(`warning ${m}\n`),
              error: (m) => app.io.err(`${m}\n`),
            },
          },
        );
        output.end();
        const file = options.out ? path.resolve(app.cwd, options.out) : path.join(dir, REPORT_FILE);
        const temp = `${file}.${process.pid}.tmp`;
        try {
          await writeFile(temp, Buffer.concat(chunks));
          await rename(temp, file);
        } catch (error) {
          await rm(temp, { force: true });
          throw error;
        }
        app.io.out(`${file}\n`);
        if (options.open && app.io.isTty) openInBrowser(file);
      } finally {
        await ctx.scope.dispose();
      }
    });
}
