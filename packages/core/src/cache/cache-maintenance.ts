// `benchloop cache stats|clear|compact`: count, remove and compact cache entries. Only the cache's own
// folder of entries is touched, never anything else inside the cache folder.
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { GENERATIONS_DIR, indexShard, ROW_PREFIX_LENGTH, SHARD_LOG_SUFFIX } from "./item-cache.js";

/** Entries and bytes of the cache. */
export interface CacheStats {
  dir: string;
  /** Cached generations (each with the scores of its answer). */
  entries: number;
  /** Bytes of the shard logs (rows an entry replaced included). */
  bytes: number;
  /** Bytes of rows a later row of the same hash replaced (or torn rows): what `compact` frees. */
  replacedBytes: number;
}

/** Counts the cache's entries and bytes. A missing cache folder is an empty cache. */
export async function readCacheStats(dir: string): Promise<CacheStats> {
  const root = path.resolve(dir);
  const folder = path.join(root, GENERATIONS_DIR);
  const stats: CacheStats = { dir: root, entries: 0, bytes: 0, replacedBytes: 0 };
  for await (const { bytes, rows } of readShards(folder)) {
    stats.entries += rows.size;
    stats.bytes += bytes.length;
    stats.replacedBytes += bytes.length - liveBytes(rows);
  }
  return stats;
}

/** Removes every cache entry; returns what there was. */
export async function clearCache(dir: string): Promise<CacheStats> {
  const before = await readCacheStats(dir);
  await rm(path.join(before.dir, GENERATIONS_DIR), { recursive: true, force: true });
  return before;
}

/** Every shard log of a generations folder, read and indexed one at a time (one log in memory). */
async function* readShards(folder: string) {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) =>
    name.endsWith(SHARD_LOG_SUFFIX),
  );
  for (const name of names.sort()) {
    const file = path.join(folder, name);
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes) yield { file, bytes, rows: indexShard(bytes) };
  }
}

/** Bytes of the rows an index keeps: each `<hash> <json>\n`. */
function liveBytes(rows: ReturnType<typeof indexShard>): number {
  let total = 0;
  for (const { start, end } of rows.values()) total += end - start + ROW_PREFIX_LENGTH + 1;
  return total;
}

/**
 * Rewrites each shard log with only the last row of each hash (torn rows dropped), each log replaced
 * atomically; returns the cache as it is afterwards. Run it when no benchmark writes to the cache: a
 * row appended during the rewrite of its shard is lost (a later run misses it and computes it again).
 */
export async function compactCache(dir: string): Promise<CacheStats & { freedBytes: number }> {
  const root = path.resolve(dir);
  const folder = path.join(root, GENERATIONS_DIR);
  const after: CacheStats = { dir: root, entries: 0, bytes: 0, replacedBytes: 0 };
  let freedBytes = 0;
  for await (const { file, bytes, rows } of readShards(folder)) {
    const kept = liveBytes(rows);
    after.entries += rows.size;
    after.bytes += kept;
    if (kept === bytes.length) continue;
    const parts: Buffer[] = [];
    for (const { start, end } of rows.values())
      parts.push(bytes.subarray(start - ROW_PREFIX_LENGTH, end + 1));
    const temp = `${file}.${process.pid}.compact`;
    await writeFile(temp, Buffer.concat(parts));
    await rename(temp, file);
    freedBytes += bytes.length - kept;
  }
  return { ...after, freedBytes };
}
