// What the cache commands print: why an item would hit or miss the cache (`cache explain`), and the
// cache's size (`cache stats`, `compact`, `clear`).
import type { CacheExplanation } from "../cache/explain-cache.js";
import { formatBytes } from "../format/format.js";

function describeValue(value: unknown): string {
  return value === undefined ? "(none)" : typeof value === "string" ? value : JSON.stringify(value);
}

const VERDICTS: Record<Exclude<CacheExplanation["verdict"], "unknown">, string> = {
  hit: "✓ cache hit: the next run reuses the cached generation.",
  changed: "✗ cache miss: the item hash changed since that run:",
  "not-cached":
    "✗ cache miss: same hash as that run, but its generation is not cached (it failed, ran with --no-cache, or the cache was cleared).",
  "not-planned":
    "- the item is not in the current plan (its model, harness or test is filtered out or gone).",
};

/** An explanation as lines: the hashes then and now, the verdict, and every hash input that changed. */
export function renderCacheExplanation(e: CacheExplanation): string {
  const lines = [
    `item ${e.itemKey}`,
    `  in run ${e.sourceRunId}: hash ${e.sourceHash.slice(0, 12)} (${e.sourceCached ? "generation cached" : "generation not cached"})`,
  ];
  if (e.currentHash) lines.push(`  now: hash ${e.currentHash.slice(0, 12)}`);
  lines.push(
    e.verdict === "unknown"
      ? `? the current plan could not be built: ${e.reason ?? ""}`
      : VERDICTS[e.verdict],
  );
  for (const change of e.changes)
    lines.push(`    ${change.path}: ${describeValue(change.before)} → ${describeValue(change.after)}`);
  return `${lines.join("\n")}\n`;
}

/** `cache stats`: entries, size, the bytes `compact` would free, the folder. */
export function renderCacheStats(stats: {
  entries: number;
  bytes: number;
  replacedBytes: number;
  dir: string;
}): string {
  let out = `${stats.entries} cached generations (with their scores), ${formatBytes(stats.bytes)}\n`;
  if (stats.replacedBytes > 0)
    out += `${formatBytes(stats.replacedBytes)} of replaced rows (\`benchloop cache compact\` frees them)\n`;
  return `${out}cache: ${stats.dir}\n`;
}
