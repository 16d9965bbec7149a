// The cache of generations (by item hash) and scores (by answer hash + scorer id and version + test),
// one JSON file per entry in sharded folders, so a write costs one small file whatever the cache size.
// Entries are written atomically; a damaged entry reads as a miss. Failed generations are never cached.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { PassType } from "../config/config-schema.js";
import { type Generation, GenerationSchema } from "../generation/generation.js";
import { hashCanonical, sha256 } from "../plan/canonical-json.js";
import type { ItemHashInputs } from "../plan/item-hash.js";
import { type Score, ScoreSchema } from "../score/score.js";
import { writeFileAtomicSync } from "../store/atomic-write.js";

/** Version of the cache entry format; entries of another version read as misses. */
export const CACHE_ENTRY_VERSION = 1;

/** The folders of each entry kind inside the cache folder. */
export const CACHE_KINDS = { generation: "generations", score: "scores" } as const;

/** A cached generation, with the hash inputs it was made from (for `cache explain`). */
export interface GenerationCacheEntry {
  schemaVersion: typeof CACHE_ENTRY_VERSION;
  hash: string;
  itemKey: string;
  /** The run that produced the generation. */
  runId: string;
  createdAt: string;
  inputs: ItemHashInputs;
  generation: Generation;
}

/** A cached score. */
export interface ScoreCacheEntry {
  schemaVersion: typeof CACHE_ENTRY_VERSION;
  key: string;
  scorer: string;
  scorerVersion: string;
  createdAt: string;
  score: Score;
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

/** The generation and score cache. */
export interface ItemCache {
  readonly dir: string;
  getGeneration(hash: string): GenerationCacheEntry | undefined;
  putGeneration(entry: GenerationCacheEntry): void;
  getScore(key: string): Score | undefined;
  putScore(entry: ScoreCacheEntry): void;
}

/**
 * The key of a cached score: the answer's hash with the scorer's id and version, and the test (its
 * checks) and pass type the answer is judged against.
 */
export function scoreCacheKey(parts: ScoreCacheKeyParts): string {
  return hashCanonical({
    answer: sha256(parts.answer),
    passType: parts.passType,
    scorer: parts.scorer,
    scorerVersion: parts.scorerVersion,
    test: parts.test,
  });
}

function readEntry(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Opens the cache in `dir` (created on first write). */
export function createItemCache(options: { dir: string }): ItemCache {
  const dir = path.resolve(options.dir);
  const shards = new Set<string>();
  const fileOf = (kind: keyof typeof CACHE_KINDS, key: string) =>
    path.join(dir, CACHE_KINDS[kind], key.slice(0, 2), `${key}.json`);
  const write = (kind: keyof typeof CACHE_KINDS, key: string, entry: unknown) => {
    const file = fileOf(kind, key);
    const shard = path.dirname(file);
    if (!shards.has(shard)) {
      mkdirSync(shard, { recursive: true });
      shards.add(shard);
    }
    writeFileAtomicSync(file, JSON.stringify(entry));
  };
  return {
    dir,
    getGeneration(hash) {
      const entry = readEntry(fileOf("generation", hash)) as GenerationCacheEntry | undefined;
      if (entry?.schemaVersion !== CACHE_ENTRY_VERSION || entry.hash !== hash) return undefined;
      return GenerationSchema.safeParse(entry.generation).success ? entry : undefined;
    },
    putGeneration(entry) {
      write("generation", entry.hash, entry);
    },
    getScore(key) {
      const entry = readEntry(fileOf("score", key)) as ScoreCacheEntry | undefined;
      if (entry?.schemaVersion !== CACHE_ENTRY_VERSION || entry.key !== key) return undefined;
      return ScoreSchema.safeParse(entry.score).success ? entry.score : undefined;
    },
    putScore(entry) {
      write("score", entry.key, entry);
    },
  };
}
