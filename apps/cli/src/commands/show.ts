// `benchloop show <run|latest>`: the run header and its matrix, or one item in full with `--item`.
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  type ArtifactTexts,
  argumentInvalid,
  type ItemResult,
  renderShowHeader,
  renderShowItem,
  renderShowMatrix,
  STATUS_LEGEND,
  toItemPredicate,
} from "@benchloop/core";
import type { Command } from "commander";
import type { CliApp } from "../app.js";
import { collectValues, loadResultsDir, readRunInput, toFilter } from "./run-input.js";

interface ShowOptions {
  item?: string;
  wide?: boolean;
  filter?: string[];
  json?: boolean;
}

const MAX_ARTIFACT_BYTES = 1024 * 1024;

async function readArtifacts(dir: string, item: ItemResult): Promise<ArtifactTexts> {
  const wanted: [string, string][] = Object.entries(item.artifacts ?? {});
  if (item.prompt?.artifact) wanted.push(["prompt", item.prompt.artifact]);
  const texts: Record<string, string> = {};
  for (const [name, relative] of wanted) {
    const file = path.resolve(dir, relative);
    // Artifacts live inside the run folder; anything else is not read.
    if (!file.startsWith(path.resolve(dir) + path.sep)) continue;
    const text = await readFile(file, "utf8").catch(() => undefined);
    if (text !== undefined)
      texts[name] =
        text.length > MAX_ARTIFACT_BYTES
          ? `${text.slice(0, MAX_ARTIFACT_BYTES)}\n… (cut at 1 MB; full file: ${file})`
          : text;
  }
  return texts;
}

function similarKeys(items: readonly ItemResult[], key: string): string[] {
  const needle = key.toLowerCase();
  const parts = needle.split(/[|#]/).filter((p) => p.length > 1);
  const scored = items.map((item) => {
    const candidate = item.key.toLowerCase();
    const score =
      (candidate.startsWith(needle) ? 100 : 0) + parts.filter((p) => candidate.includes(p)).length;
    return { key: item.key, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, 5)
    .map((s) => s.key);
}

/** Adds `benchloop show`. */
export function registerShowCommand(program: Command, app: CliApp): void {
  program
    .command("show")
    .description(
      "Show a run: its header and a model → harness → test × pass type matrix, or one item with --item",
    )
    .argument("[run]", "run id, run folder, run.json path, latest or latest~N", "latest")
    .option("--item <key>", "show one item in full: prompt, answer, checks, failure, timings, judge")
    .option("--wide", "do not truncate long names")
    .option(
      "--filter <field=value>",
      "only items matching (model, harness, test, passType, status, suite; repeatable)",
      collectValues,
    )
    .option("--json", "print the run (or the item) as JSON")
    .action(async (ref: string, options: ShowOptions, command: Command) => {
      const resultsDir = await loadResultsDir(app, command);
      const { run, plan, dir } = await readRunInput(resultsDir, ref, app.cwd);
      if (options.item !== undefined) {
        const item = run.items.find((i) => i.key === options.item);
        if (!item) {
          const similar = similarKeys(run.items, options.item);
          throw argumentInvalid(
            `--item ${options.item}`,
            `run ${run.runId} has no item with this key`,
            `${similar.length > 0 ? `Similar keys: ${similar.join(", ")}. ` : ""}Keys look like model|harness|test|passType#repeat; \`benchloop show ${run.runId}\` lists the items.`,
          );
        }
        app.io.out(
          options.json
            ? `${JSON.stringify(item, null, 2)}\n`
            : renderShowItem(item, await readArtifacts(dir, item)),
        );
        return;
      }
      const keep = toItemPredicate(toFilter(options.filter));
      const items = run.items.filter(keep);
      if (options.json) {
        app.io.out(`${JSON.stringify({ ...run, items }, null, 2)}\n`);
        return;
      }
      let out = renderShowHeader(run, plan);
      out += "\n";
      out +=
        items.length > 0
          ? renderShowMatrix(items, { maxWidth: options.wide ? Number.POSITIVE_INFINITY : 32 })
          : "No items match the filter.\n";
      out += `\n${STATUS_LEGEND}\n`;
      out += `One item in full: benchloop show ${run.runId} --item '<model|harness|test|passType#repeat>'\n`;
      app.io.out(out);
    });
}
