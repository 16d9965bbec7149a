// `benchloop cache stats|clear`: count and remove cache entries. Only the cache's own folders are
// touched, never anything else inside the cache folder.
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { CACHE_KINDS } from "./item-cache.js";

/** Entries and bytes of one kind of cache entry. */
export interface CacheKindStats {
  entries: number;
  bytes: number;
}

/** What the cache holds. */
export interface CacheStats {
  dir: string;
  generations: CacheKindStats;
  scores: CacheKindStats;
}

async function kindStats(folder: string): Promise<CacheKindStats> {
  const stats: CacheKindStats = { entries: 0, bytes: 0 };
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

/** Counts the cache's entries and bytes. A missing cache folder is an empty cache. */
export async function readCacheStats(dir: string): Promise<CacheStats> {
  const root = path.resolve(dir);
  const [generations, scores] = await Promise.all([
    kindStats(path.join(root, CACHE_KINDS.generation)),
    kindStats(path.join(root, CACHE_KINDS.score)),
  ]);
  return { dir: root, generations, scores };
}

/** Removes every cache entry; returns what there was. */
export async function clearCache(dir: string): Promise<CacheStats> {
  const before = await readCacheStats(dir);
  for (const folder of Object.values(CACHE_KINDS))
    await rm(path.join(before.dir, folder), { recursive: true, force: true });
  return before;
}
