// The cache: content-addressed by item hash, one row per generation appended to one of 16 shard logs
// (`generations/<first hex digit>.log`, each line `<hash> <entry JSON>`), so a write is one small append
// to an open file whatever the cache size, and a later row of a hash replaces the earlier ones. The
// scores of a cached answer live in its row, keyed by (answer hash, scorer id + version, test, pass
// type), so a cached item costs one read and a fresh one one append. Failed generations are never cached.
// A shard is read once per cache instance when first asked, into an index of hash → byte range; a miss
// then costs no file system call (a row another process appends later is missed, and appended again).
// A torn row (a crash mid-write, or two processes' appends mixed) is skipped or reads as a miss.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import path from "node:path";
import type { PassType } from "../config/config-schema.js";
import type { Generation } from "../generation/generation.js";
import { fastSha256, type ItemHashInputs } from "../plan/item-hash.js";
import type { Score } from "../score/score.js";

/** Version of the cache entry format; entries of another version read as misses. */
export const CACHE_ENTRY_VERSION = 1;

/** The folder of generation entries inside the cache folder. */
export const GENERATIONS_DIR = "generations";

/** The file name ending of a shard log. */
export const SHARD_LOG_SUFFIX = ".log";

/** Length of an item hash (sha256, hex), the first field of every row. */
const HASH_LENGTH = 64;

/** Bytes before a row's entry JSON: the hash and one space. @internal */
export const ROW_PREFIX_LENGTH = HASH_LENGTH + 1;

/** Bytes of shard logs kept in memory after indexing (hits are sliced from them, not read again). */
const KEPT_BYTES = 32 * 1024 * 1024;

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
  /** Milliseconds each score took when it was made, by {@link scoreCacheKey} (replays report them). */
  scoreMs?: Record<string, number>;
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
  /**
   * Appends an entry (replacing any earlier entry of the same hash); the row is handed to the OS before
   * it returns. A failed write is dropped: a later run misses the entry.
   */
  putGeneration(entry: GenerationCacheEntry): void;
  /** Closes the shard logs this instance opened for appending (a later put opens them again). */
  flush(): Promise<void>;
}

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

/** Where a row's entry JSON lies in its shard log. */
interface RowRange {
  start: number;
  end: number;
}

/** A shard log read and indexed: the last row of each hash, and the bytes when they were kept. */
interface ShardIndex {
  rows: Map<string, RowRange>;
  bytes?: Buffer;
}

/** Indexes a shard log's complete rows (a torn last row, without its newline, is left out). @internal */
export function indexShard(bytes: Buffer): Map<string, RowRange> {
  const rows = new Map<string, RowRange>();
  let start = 0;
  for (let newline = bytes.indexOf(10, start); newline >= 0; newline = bytes.indexOf(10, start)) {
    if (newline - start > ROW_PREFIX_LENGTH && bytes[start + HASH_LENGTH] === 32) {
      rows.set(bytes.toString("latin1", start, start + HASH_LENGTH), {
        start: start + ROW_PREFIX_LENGTH,
        end: newline,
      });
    }
    start = newline + 1;
  }
  return rows;
}

/** Reads `length` bytes of `file` at `position`; undefined when the file cannot give them all. @internal */
function readRange(file: string, position: number, length: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const got = readSync(fd, buffer, read, length - read, position + read);
      if (got === 0) return undefined;
      read += got;
    }
    return buffer;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Opens the cache in `dir` (created on first write). */
export function createItemCache(options: { dir: string }): ItemCache {
  const dir = path.resolve(options.dir);
  const root = path.join(dir, GENERATIONS_DIR);
  const shardOf = (hash: string) => hash.slice(0, 1);
  const fileOf = (shard: string) => path.join(root, `${shard}${SHARD_LOG_SUFFIX}`);
  const indexes = new Map<string, ShardIndex>();
  let keptBytes = 0;
  /** Shard logs open for appending, with their length as this instance knows it. */
  const appenders = new Map<string, { fd: number; size: number }>();
  let rootMade = false;

  const indexOf = (shard: string): ShardIndex => {
    let index = indexes.get(shard);
    if (!index) {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(fileOf(shard));
      } catch {
        bytes = undefined;
      }
      index = { rows: bytes ? indexShard(bytes) : new Map() };
      if (bytes && keptBytes + bytes.length <= KEPT_BYTES) {
        index.bytes = bytes;
        keptBytes += bytes.length;
      }
      indexes.set(shard, index);
    }
    return index;
  };

  const appenderOf = (shard: string) => {
    let appender = appenders.get(shard);
    if (!appender) {
      if (!rootMade) {
        mkdirSync(root, { recursive: true });
        rootMade = true;
      }
      const file = fileOf(shard);
      const fd = openSync(file, "a");
      appender = { fd, size: fstatSync(fd).size };
      appenders.set(shard, appender);
      // A row torn by a crash is ended, so the next row starts on a line of its own.
      if (appender.size > 0 && readRange(file, appender.size - 1, 1)?.[0] !== 10) {
        appender.size += writeSync(fd, "\n");
      }
    }
    return appender;
  };

  return {
    dir,
    getGeneration(hash) {
      const index = indexOf(shardOf(hash));
      const range = index.rows.get(hash);
      if (!range) return undefined;
      const bytes =
        index.bytes && range.end <= index.bytes.length
          ? index.bytes.subarray(range.start, range.end)
          : readRange(fileOf(shardOf(hash)), range.start, range.end - range.start);
      let entry: GenerationCacheEntry | undefined;
      try {
        entry = bytes ? (JSON.parse(bytes.toString("utf8")) as GenerationCacheEntry) : undefined;
      } catch {
        entry = undefined;
      }
      if (
        entry?.schemaVersion !== CACHE_ENTRY_VERSION ||
        entry.hash !== hash ||
        !isGeneration(entry.generation)
      ) {
        index.rows.delete(hash);
        return undefined;
      }
      return entry;
    },
    putGeneration(entry) {
      const shard = shardOf(entry.hash);
      const row = Buffer.from(`${entry.hash} ${JSON.stringify(entry)}\n`);
      try {
        const appender = appenderOf(shard);
        // One write call per row; O_APPEND puts it at the end even when another process appends too.
        let written = writeSync(appender.fd, row);
        while (written < row.length) written += writeSync(appender.fd, row, written);
        const start = appender.size + ROW_PREFIX_LENGTH;
        appender.size += row.length;
        // Later reads in this instance find the row where this instance put it (checked on read); a shard
        // not indexed yet reads the row from the file when first asked.
        indexes.get(shard)?.rows.set(entry.hash, { start, end: appender.size - 1 });
      } catch {
        // A full or read-only disk: the entry is not cached; the run goes on.
      }
    },
    flush() {
      for (const { fd } of appenders.values()) closeSync(fd);
      appenders.clear();
      return Promise.resolve();
    },
  };
}
