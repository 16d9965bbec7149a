// The verdict cache: one JSON file per verdict in sharded folders, keyed by what decides a verdict —
// the answer, the rubric, what else the judge saw (task, checks), the judge model and its digest, the
// sampling options and the prompt version. Only usable verdicts are kept; a damaged file reads as a miss.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  hashCanonical,
  type JudgeVerdict,
  JudgeVerdictSchema,
  sha256,
  writeFileAtomic,
} from "@benchloop/core";

/** Version of the cache file format; files of another version read as misses. */
export const JUDGE_CACHE_VERSION = 1;

/** What a verdict cache key is made of. */
export interface JudgeCacheKeyParts {
  answer: string;
  rubric: string;
  /** Everything else the judge was shown (task prompt, check outcomes), as one string. */
  context: string;
  model: string;
  digest?: string;
  backend: string;
  options: { temperature: number; seed: number; numPredict: number };
  promptVersion: string;
  scorerVersion: string;
}

/** The key of a cached verdict. */
export function judgeCacheKey(parts: JudgeCacheKeyParts): string {
  return hashCanonical({
    answer: sha256(parts.answer),
    rubric: sha256(parts.rubric),
    context: sha256(parts.context),
    judge: { model: parts.model, digest: parts.digest ?? null, backend: parts.backend },
    options: parts.options,
    promptVersion: parts.promptVersion,
    scorerVersion: parts.scorerVersion,
  });
}

/** Cached verdicts in one folder. */
export interface JudgeCache {
  readonly dir: string;
  get(key: string): Promise<JudgeVerdict | undefined>;
  put(key: string, verdict: JudgeVerdict): Promise<void>;
}

/** Opens the verdict cache at `dir` (created on first write). */
export function createJudgeCache(dir: string): JudgeCache {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    dir,
    async get(key) {
      try {
        const doc = JSON.parse(await readFile(fileOf(key), "utf8")) as {
          schemaVersion?: unknown;
          key?: unknown;
          verdict?: unknown;
        };
        if (doc.schemaVersion !== JUDGE_CACHE_VERSION || doc.key !== key) return undefined;
        const parsed = JudgeVerdictSchema.safeParse(doc.verdict);
        return parsed.success && parsed.data.status === "ok" ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    async put(key, verdict) {
      if (verdict.status !== "ok") return;
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const { cache: _cache, ...kept } = verdict;
      const doc = {
        schemaVersion: JUDGE_CACHE_VERSION,
        key,
        createdAt: new Date().toISOString(),
        verdict: kept,
      };
      await writeFileAtomic(file, `${JSON.stringify(doc)}\n`);
    },
  };
}
