// What `benchloop show` prints: a run (header, matrix of the items a filter keeps, legend) or one item in
// full with its artifacts (read from the run folder, never outside it, cut at 1 MB).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { argumentInvalid } from "../errors/catalog.js";
import type { Plan } from "../plan/plan-schema.js";
import type { ItemResult } from "../results/item-result.js";
import type { Run } from "../results/run-schema.js";
import { renderShowHeader } from "./show-header.js";
import type { ArtifactTexts } from "./show-item.js";
import { renderShowMatrix } from "./show-matrix.js";
import { STATUS_LEGEND } from "./status-label.js";

const MAX_ARTIFACT_BYTES = 1024 * 1024;

/** The texts of an item's artifacts (and its prompt file) inside the run folder `dir`. */
export async function readItemArtifacts(dir: string, item: ItemResult): Promise<ArtifactTexts> {
  const wanted: [string, string][] = Object.entries(item.artifacts ?? {});
  if (item.prompt?.artifact) wanted.push(["prompt", item.prompt.artifact]);
  const texts: Record<string, string> = {};
  for (const [name, relative] of wanted) {
    const file = path.resolve(dir, relative);
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
  return items
    .map((item) => {
      const candidate = item.key.toLowerCase();
      return {
        key: item.key,
        score: (candidate.startsWith(needle) ? 100 : 0) + parts.filter((p) => candidate.includes(p)).length,
      };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, 5)
    .map((s) => s.key);
}

/**
 * The item of a run with this key.
 * @throws ARGUMENT_INVALID naming up to five similar keys
 */
export function findRunItem(run: Run, key: string): ItemResult {
  const item = run.items.find((i) => i.key === key);
  if (item) return item;
  const similar = similarKeys(run.items, key);
  throw argumentInvalid(
    `--item ${key}`,
    `run ${run.runId} has no item with this key`,
    `${similar.length > 0 ? `Similar keys: ${similar.join(", ")}. ` : ""}Keys look like model|harness|test|passType#repeat; \`benchloop show ${run.runId}\` lists the items.`,
  );
}

/** A run's header, the matrix of `items` (names cut at `maxWidth`), the legend and how to see one item. */
export function renderShowRun(
  run: Run,
  plan: Plan | undefined,
  items: readonly ItemResult[],
  maxWidth: number,
): string {
  const matrix = items.length > 0 ? renderShowMatrix(items, { maxWidth }) : "No items match the filter.\n";
  return (
    `${renderShowHeader(run, plan)}\n${matrix}\n${STATUS_LEGEND}\n` +
    `One item in full: benchloop show ${run.runId} --item '<model|harness|test|passType#repeat>'\n`
  );
}
