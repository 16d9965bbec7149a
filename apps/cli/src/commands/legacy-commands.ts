// `benchloop legacy cases`: previews the cases legacy ingestion builds from the user's project folders
// (ids, kinds, languages, sizes, and what each root skipped and why) without running any model.
import path from "node:path";
import {
  argumentInvalid,
  type BenchTest,
  canonicalJson,
  formatBytes,
  loadConfig,
  renderTable,
  writeFileAtomic,
} from "@benchloop/core";
import {
  buildLegacyCases,
  type LegacyCaseData,
  type RootSummary,
  SKIP_REASONS,
} from "@benchloop/source-legacy";
import type { Command } from "commander";
import type { CliApp } from "../app.js";

interface LegacyCasesOptions {
  legacyRoots?: string;
  dump?: string;
  keepSnippets?: boolean;
}

/** Splits `--legacy-roots a,b` into roots. */
export function parseLegacyRoots(value: string): string[] {
  return value
    .split(",")
    .map((root) => root.trim())
    .filter((root) => root !== "");
}

function describeRoot(root: RootSummary): string {
  const lines = [
    `root ${root.label} (${root.path}): ${root.filesSeen} files looked at, ${root.eligible} eligible, ${root.sampled} sampled, ${root.tests} tests`,
  ];
  const skipped = SKIP_REASONS.filter((reason) => root.skipped[reason] > 0).map(
    (reason) => `${reason} ${root.skipped[reason]}`,
  );
  lines.push(`  skipped: ${skipped.length > 0 ? skipped.join(" · ") : "nothing"}`);
  if (root.limitReached)
    lines.push("  the walk stopped at sources.legacy.maxWalkFiles; raise it to look further");
  return `${lines.join("\n")}\n`;
}

/** One dump line: where the case came from, its ground truth, and its prompts only when kept. */
function dumpLine(test: BenchTest, keepSnippets: boolean): string {
  const data = test.data as LegacyCaseData;
  return canonicalJson({
    id: test.id,
    version: test.version,
    testHash: test.contentHash,
    kind: data.kind,
    caseId: data.case.id,
    root: data.case.root,
    path: data.case.path,
    language: data.case.language,
    sizeBytes: data.case.sizeBytes,
    contentHash: data.case.contentHash,
    data,
    prompts: keepSnippets ? test.prompts : undefined,
  });
}

/** Adds `benchloop legacy cases`. */
export function registerLegacyCommands(program: Command, app: CliApp): void {
  const legacy = program
    .command("legacy")
    .description("Legacy ingestion: benchmark cases built from your own old project folders");
  legacy
    .command("cases")
    .description("Preview the cases built from the legacy roots, without running any model")
    .option("--legacy-roots <folders>", "comma-separated project folders (default: sources.legacy.roots)")
    .option("--dump <file>", "also write every case as a JSON line (paths, hashes, ground truth)")
    .option("--keep-snippets", "put the prompts (which hold your files' text) into the dump too")
    .action(async (options: LegacyCasesOptions, command: Command) => {
      const { config } = await loadConfig({ cwd: app.cwd, file: app.globals(command).config });
      const section = { ...((config.sources.legacy as Record<string, unknown> | undefined) ?? {}) };
      if (options.legacyRoots !== undefined) section.roots = parseLegacyRoots(options.legacyRoots);
      if (options.keepSnippets) section.keepSnippets = true;
      if (!Array.isArray(section.roots) || section.roots.length === 0) {
        throw argumentInvalid(
          "--legacy-roots",
          "no legacy roots were given",
          "Pass --legacy-roots path/to/old-project,path/to/another or set sources.legacy.roots in the config.",
        );
      }
      const built = await buildLegacyCases({ config: section, cwd: app.cwd });
      const rows = built.tests.map((test) => {
        const data = test.data as LegacyCaseData;
        return [test.id, data.kind, data.case.language, formatBytes(data.case.sizeBytes)];
      });
      app.io.out(
        rows.length > 0
          ? renderTable(["id", "kind", "language", "size"], rows, {
              align: ["left", "left", "left", "right"],
              maxWidth: 100,
            })
          : "No cases: no eligible source files were found.\n",
      );
      app.io.out("\n");
      for (const root of built.roots) app.io.out(describeRoot(root));
      if (options.dump) {
        const file = path.resolve(app.cwd, options.dump);
        const lines = built.tests.map((test) => `${dumpLine(test, section.keepSnippets === true)}\n`);
        await writeFileAtomic(file, lines.join(""));
        app.io.out(
          `\nWrote ${built.tests.length} cases to ${file}${section.keepSnippets ? " (with prompts)" : ""}\n`,
        );
      }
      app.io.out(`\n${built.tests.length} cases from ${built.roots.length} root(s); no model was run.\n`);
    });
}
