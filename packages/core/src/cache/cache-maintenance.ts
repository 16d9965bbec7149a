// `benchloop cache stats|clear`: count and remove cache entries. Only the cache's own folder of
// entries is touched, never anything else inside the cache folder.
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { GENERATIONS_DIR, indexShard, SHARD_LOG_SUFFIX } from "./item-cache.js";

/** Entries and bytes of the cache. */
export interface CacheStats {
  dir: string;
  /** Cached generations (each with the scores of its answer). */
  entries: number;
  /** Bytes of the shard logs (rows an entry replaced included). */
  bytes: number;
}

/** Counts the cache's entries and bytes. A missing cache folder is an empty cache. */
export async function readCacheStats(dir: string): Promise<CacheStats> {
  const root = path.resolve(dir);
  const folder = path.join(root, GENERATIONS_DIR);
  const stats: CacheStats = { dir: root, entries: 0, bytes: 0 };
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.endsWith(SHARD_LOG_SUFFIX)) continue;
    const bytes = await readFile(path.join(folder, name)).catch(() => undefined);
    if (!bytes) continue;
    stats.entries += indexShard(bytes).size;
    stats.bytes += bytes.length;
  }
  return stats;
}

/** Removes every cache entry; returns what there was. */
export async function clearCache(dir: string): Promise<CacheStats> {
  const before = await readCacheStats(dir);
  await rm(path.join(before.dir, GENERATIONS_DIR), { recursive: true, force: true });
  return before;
}
