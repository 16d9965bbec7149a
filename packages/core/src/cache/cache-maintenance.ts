// `benchloop cache stats|clear`: count and remove cache entries. Only the cache's own folder of
// entries is touched, never anything else inside the cache folder.
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { GENERATIONS_DIR } from "./item-cache.js";

/** Entries and bytes of the cache. */
export interface CacheStats {
  dir: string;
  /** Cached generations (each with the scores of its answer). */
  entries: number;
  bytes: number;
}

/** Counts the cache's entries and bytes. A missing cache folder is an empty cache. */
export async function readCacheStats(dir: string): Promise<CacheStats> {
  const root = path.resolve(dir);
  const folder = path.join(root, GENERATIONS_DIR);
  const stats: CacheStats = { dir: root, entries: 0, bytes: 0 };
  const shards = await readdir(folder).catch(() => [] as string[]);
  for (const shard of shards) {
    const files = await readdir(path.join(folder, shard)).catch(() => [] as string[]);
    for (const file of files) {
      if (!file.endsWith(".json")) continue;
      const info = await stat(path.join(folder, shard, file)).catch(() => undefined);
      if (!info?.isFile()) continue;
      stats.entries++;
      stats.bytes += info.size;
    }
  }
  return stats;
}

/** Removes every cache entry; returns what there was. */
export async function clearCache(dir: string): Promise<CacheStats> {
  const before = await readCacheStats(dir);
  await rm(path.join(before.dir, GENERATIONS_DIR), { recursive: true, force: true });
  return before;
}
