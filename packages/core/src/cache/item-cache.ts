// The cache: one JSON file per generation, content-addressed by item hash, in sharded folders, so a
// write costs one small file whatever the cache size. The scores of a cached answer live in its file,
// keyed by (answer hash, scorer id + version, test, pass type), so a cached item costs one read and a
// fresh one one file. Failed generations are never cached; a damaged entry reads as a miss.
// Each shard is listed once per cache instance, so a miss costs no file system call (an entry another
// process writes later is missed, and written again). Writes go behind: queued, written in the
// background, read back from memory until written, and awaited by `flush` before a run ends; a torn
// file (a crash mid-write) reads as a miss and is written again.
import { readdirSync, readFileSync, unlink, writeFile } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { PassType } from "../config/config-schema.js";
import type { Generation } from "../generation/generation.js";
import { fastSha256, type ItemHashInputs } from "../plan/item-hash.js";
import type { Score } from "../score/score.js";

/** Version of the cache entry format; entries of another version read as misses. */
export const CACHE_ENTRY_VERSION = 1;

/** The folder of generation entries inside the cache folder. */
export const GENERATIONS_DIR = "generations";

/** A cached generation with its scores and the hash inputs it was made from (for `cache explain`). */
export interface GenerationCacheEntry {
  schemaVersion: typeof CACHE_ENTRY_VERSION;
  hash: string;
  itemKey: string;
  /** The run that produced the generation. */
  runId: string;
  createdAt: string;
  inputs: ItemHashInputs;
  generation: Generation;
  /** Scores of the answer, by {@link scoreCacheKey}. */
  scores?: Record<string, Score>;
}

/** What a score cache key is made of. */
export interface ScoreCacheKeyParts {
  /** The answer text. */
  answer: string;
  scorer: string;
  scorerVersion: string;
  test: { id: string; version: string; contentHash: string };
  passType: PassType;
}

/** The generation cache. */
export interface ItemCache {
  readonly dir: string;
  getGeneration(hash: string): GenerationCacheEntry | undefined;
  /** Queues an entry (replacing any earlier entry of the same hash). */
  putGeneration(entry: GenerationCacheEntry): void;
  /** Resolves when every queued write is on disk (failed writes are dropped: a later run misses them). */
  flush(): Promise<void>;
  /**
   * Resolves at once while few writes are queued, else when the queue has drained to half its bound:
   * producers wait on it so a slow disk cannot pile entries up in memory.
   */
  writable(): Promise<void>;
}

/** Writes in flight at once. */
const WRITE_CONCURRENCY = 4;
/** Queued writes above which {@link ItemCache.writable} makes producers wait. */
const WRITE_BACKLOG = 64;

/**
 * The key of a cached score: the answer's hash with the scorer's id and version, and the test (its
 * checks) and pass type the answer is judged against.
 */
export function scoreCacheKey(parts: ScoreCacheKeyParts): string {
  return fastSha256(`${scoreKeyPrefix(parts)}\n${parts.answer}`);
}

/** The part of a score key that does not depend on the answer (JSON strings: unambiguous). @internal */
export function scoreKeyPrefix(parts: Omit<ScoreCacheKeyParts, "answer">): string {
  return JSON.stringify([
    parts.scorer,
    parts.scorerVersion,
    parts.test.id,
    parts.test.version,
    parts.test.contentHash,
    parts.passType,
  ]);
}

// Entries are written by this module from validated values; reading checks their shape cheaply (a full
// schema parse per hit would cost more than the rest of a cached item).
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function isGeneration(value: unknown): value is Generation {
  return (
    isObject(value) &&
    typeof value.text === "string" &&
    isObject(value.tokens) &&
    isObject(value.timing) &&
    typeof value.timing.wallMs === "number"
  );
}

/** Opens the cache in `dir` (created on first write). */
export function createItemCache(options: { dir: string }): ItemCache {
  const dir = path.resolve(options.dir);
  const root = path.join(dir, GENERATIONS_DIR);
  let shards: Set<string> | undefined;
  const entriesOf = new Map<string, Set<string>>();
  const fileOf = (hash: string) => path.join(root, hash.slice(0, 2), `${hash}.json`);
  const list = (folder: string): string[] => {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  };
  const entries = (shard: string): Set<string> => {
    let names = entriesOf.get(shard);
    if (!names) {
      shards ??= new Set(list(root));
      names = new Set(
        shards.has(shard)
          ? list(path.join(root, shard)).flatMap((f) => (f.endsWith(".json") ? [f.slice(0, -5)] : []))
          : [],
      );
      entriesOf.set(shard, names);
    }
    return names;
  };

  const pending = new Map<string, GenerationCacheEntry>();
  const queue: string[] = [];
  let writing = 0;
  const idle: (() => void)[] = [];
  const blocked: (() => void)[] = [];
  const folders = new Map<string, Promise<unknown>>();

  const writeOne = async (file: string, entry: GenerationCacheEntry) => {
    const folderPath = path.dirname(file);
    let folder = folders.get(folderPath);
    if (!folder) {
      folder = mkdir(folderPath, { recursive: true });
      folders.set(folderPath, folder);
    }
    await folder.catch(() => undefined);
    // Written in place, without temp file and rename: a reader in this process is served from memory
    // until the write is done, and one in another process that meets a half-written (or crash-torn)
    // file fails to parse it and counts a miss. Callback fs: a FileHandle per write costs more.
    await new Promise<void>((resolve) => {
      writeFile(file, JSON.stringify(entry), (error) => (error ? unlink(file, () => resolve()) : resolve()));
    });
  };
  const pump = () => {
    while (writing < WRITE_CONCURRENCY && queue.length > 0) {
      const file = queue.shift()!;
      const entry = pending.get(file);
      if (!entry) continue;
      writing++;
      void writeOne(file, entry).finally(() => {
        writing--;
        if (pending.get(file) === entry) pending.delete(file);
        pump();
        if (queue.length <= WRITE_BACKLOG / 2) for (const resolve of blocked.splice(0)) resolve();
        if (writing === 0 && queue.length === 0) for (const resolve of idle.splice(0)) resolve();
      });
    }
  };

  return {
    dir,
    getGeneration(hash) {
      const names = entries(hash.slice(0, 2));
      if (!names.has(hash)) return undefined;
      const file = fileOf(hash);
      let entry: GenerationCacheEntry | undefined = pending.get(file);
      if (!entry) {
        try {
          entry = JSON.parse(readFileSync(file, "utf8")) as GenerationCacheEntry;
        } catch {
          names.delete(hash);
          return undefined;
        }
      }
      if (
        entry?.schemaVersion !== CACHE_ENTRY_VERSION ||
        entry.hash !== hash ||
        !isGeneration(entry.generation)
      )
        return undefined;
      return entry;
    },
    putGeneration(entry) {
      const file = fileOf(entry.hash);
      const queued = pending.has(file);
      pending.set(file, entry);
      entries(entry.hash.slice(0, 2)).add(entry.hash);
      // An entry still queued is simply replaced; one being written is queued again after it.
      if (!queued || !queue.includes(file)) queue.push(file);
      pump();
    },
    flush() {
      if (writing === 0 && queue.length === 0) return Promise.resolve();
      return new Promise((resolve) => idle.push(resolve));
    },
    writable() {
      if (queue.length < WRITE_BACKLOG) return Promise.resolve();
      return new Promise((resolve) => blocked.push(resolve));
    },
  };
}
