// `benchloop legacy cases`: previews the cases legacy ingestion builds from the user's project folders
// without running any model (the preview is the legacy source's own; this parses flags and prints).
import { argumentInvalid, loadConfig } from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { loadLegacySource } from "../builtins.js";
import { list } from "./option-parsers.js";

interface LegacyCasesOptions {
  legacyRoots?: string[];
  dump?: string;
  keepSnippets?: boolean;
}

/** Adds `benchloop legacy cases`. */
export function registerLegacyCommands(program: Command, app: CliApp): void {
  const legacy = program
    .command("legacy")
    .description("Legacy ingestion: benchmark cases built from your own old project folders");
  legacy
    .command("cases")
    .description("Preview the cases built from the legacy roots, without running any model")
    .option(
      "--legacy-roots <folders>",
      "comma-separated project folders (default: sources.legacy.roots)",
      list,
    )
    .option("--dump <file>", "also write every case as a JSON line (paths, hashes, ground truth)")
    .option("--keep-snippets", "put the prompts (which hold your files' text) into the dump too")
    .action(async (options: LegacyCasesOptions, command: Command) => {
      const { config } = await loadConfig({ cwd: app.cwd, file: app.globals(command).config });
      const section = { ...((config.sources.legacy as Record<string, unknown> | undefined) ?? {}) };
      if (options.legacyRoots !== undefined) section.roots = options.legacyRoots;
      if (options.keepSnippets) section.keepSnippets = true;
      if (!Array.isArray(section.roots) || section.roots.length === 0) {
        throw argumentInvalid(
          "--legacy-roots",
          "no legacy roots were given",
          "Pass --legacy-roots path/to/old-project,path/to/another or set sources.legacy.roots in the config.",
        );
      }
      const { previewLegacyCases } = await loadLegacySource();
      app.io.out(await previewLegacyCases({ section, cwd: app.cwd, dump: options.dump }));
    });
}
