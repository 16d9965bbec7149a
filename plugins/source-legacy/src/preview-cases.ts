// `benchloop legacy cases`: the cases legacy ingestion builds from the user's project folders (ids,
// kinds, languages, sizes, and what each root skipped and why), as text, and optionally a JSON-lines dump
// of them — without running any model.
import path from "node:path";
import { type BenchTest, canonicalJson, formatBytes, renderTable, writeFileAtomic } from "@benchloop/core";
import { buildLegacyCases, type RootSummary } from "./build-cases.js";
import type { LegacyCaseData } from "./case-data.js";
import { SKIP_REASONS } from "./skip-reason.js";

/** Options of {@link previewLegacyCases}. */
export interface PreviewLegacyCasesOptions {
  /** The `sources.legacy` section to build with (roots, keepSnippets …). */
  section: Record<string, unknown>;
  cwd: string;
  /** Also write every case as a JSON line to this file (relative to `cwd`). */
  dump?: string;
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

/**
 * Builds the cases of the section's roots and returns the preview text (and writes the dump when asked).
 * @throws CONFIG_INVALID when a root does not exist or is not a folder
 */
export async function previewLegacyCases(options: PreviewLegacyCasesOptions): Promise<string> {
  const { section } = options;
  const built = await buildLegacyCases({ config: section, cwd: options.cwd });
  const rows = built.tests.map((test) => {
    const data = test.data as LegacyCaseData;
    return [test.id, data.kind, data.case.language, formatBytes(data.case.sizeBytes)];
  });
  let out =
    rows.length > 0
      ? renderTable(["id", "kind", "language", "size"], rows, {
          align: ["left", "left", "left", "right"],
          maxWidth: 100,
        })
      : "No cases: no eligible source files were found.\n";
  out += `\n${built.roots.map(describeRoot).join("")}`;
  if (options.dump) {
    const file = path.resolve(options.cwd, options.dump);
    const keep = section.keepSnippets === true;
    await writeFileAtomic(file, built.tests.map((test) => `${dumpLine(test, keep)}\n`).join(""));
    out += `\nWrote ${built.tests.length} cases to ${file}${keep ? " (with prompts)" : ""}\n`;
  }
  return `${out}\n${built.tests.length} cases from ${built.roots.length} root(s); no model was run.\n`;
}
