import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compactCache, readCacheStats } from "./cache-maintenance.js";
import { createItemCache, type GenerationCacheEntry } from "./item-cache.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function cacheDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "benchloop-cache-log-"));
  dirs.push(dir);
  return dir;
}

function entry(hash: string, text: string, scores?: GenerationCacheEntry["scores"]): GenerationCacheEntry {
  return {
    schemaVersion: 1,
    hash,
    itemKey: `m|h|${hash.slice(0, 6)}|blind#1`,
    runId: "20260101T000000Z-aaaaaa",
    createdAt: "2026-01-01T00:00:00.000Z",
    inputs: {
      model: { name: "qwen3:8b", digest: "sha256:abc" },
      harness: { id: "ollama", version: "1.0.0", config: {} },
      test: { id: "t", version: "1", contentHash: "c" },
      passType: "blind",
      sampling: { temperature: 0, seed: 42 },
      repeat: 1,
    },
    generation: { text, tokens: { prompt: 3, completion: 5 }, timing: { wallMs: 12 }, doneReason: "stop" },
    ...(scores ? { scores } : {}),
  } as GenerationCacheEntry;
}

const hashA = `a${"1".repeat(63)}`;
const hashA2 = `a${"2".repeat(63)}`;
const hashB = `b${"3".repeat(63)}`;
const logOf = (dir: string, hash: string) => path.join(dir, "generations", `${hash[0]}.log`);

describe("the cache's shard logs", () => {
  it("serves what one instance appended to another, the last row of a hash winning", async () => {
    const dir = cacheDir();
    const writer = createItemCache({ dir });
    writer.putGeneration(entry(hashA, "first"));
    writer.putGeneration(entry(hashB, "other shard"));
    writer.putGeneration(entry(hashA2, "same shard"));
    writer.putGeneration(entry(hashA, "second", { k: { passed: true, checks: [] } as never }));
    expect(writer.getGeneration(hashA)?.generation.text).toBe("second");
    await writer.flush();

    const reader = createItemCache({ dir });
    expect(reader.getGeneration(hashA)?.generation.text).toBe("second");
    expect(reader.getGeneration(hashA)?.scores).toEqual({ k: { passed: true, checks: [] } });
    expect(reader.getGeneration(hashA2)?.generation.text).toBe("same shard");
    expect(reader.getGeneration(hashB)?.generation.text).toBe("other shard");
    expect(reader.getGeneration(`c${"4".repeat(63)}`)).toBeUndefined();
    expect(readFileSync(logOf(dir, hashA), "utf8").split("\n").filter(Boolean)).toHaveLength(3);
    expect(await readCacheStats(dir)).toMatchObject({ entries: 3 });
  });

  it("skips a row torn by a crash and starts the next row on a line of its own", async () => {
    const dir = cacheDir();
    const first = createItemCache({ dir });
    first.putGeneration(entry(hashA, "kept"));
    await first.flush();
    // A crash cut this row short: no closing brace, no newline.
    appendFileSync(logOf(dir, hashA), `${hashA2} {"schemaVersion":1,"hash":"${hashA2}","gen`);

    const second = createItemCache({ dir });
    expect(second.getGeneration(hashA)?.generation.text).toBe("kept");
    expect(second.getGeneration(hashA2)).toBeUndefined();
    second.putGeneration(entry(hashA2, "written again"));
    await second.flush();

    const third = createItemCache({ dir });
    expect(third.getGeneration(hashA2)?.generation.text).toBe("written again");
    expect(third.getGeneration(hashA)?.generation.text).toBe("kept");
  });

  it("reads a damaged row as a miss, and an entry of another format version as a miss", async () => {
    const dir = cacheDir();
    const writer = createItemCache({ dir });
    writer.putGeneration(entry(hashA, "fine"));
    await writer.flush();
    appendFileSync(logOf(dir, hashA2), `${hashA2} {not json}\n`);
    appendFileSync(
      logOf(dir, hashB),
      `${hashB} ${JSON.stringify({ ...entry(hashB, "x"), schemaVersion: 9 })}\n`,
    );

    const reader = createItemCache({ dir });
    expect(reader.getGeneration(hashA2)).toBeUndefined();
    expect(reader.getGeneration(hashB)).toBeUndefined();
    expect(reader.getGeneration(hashA)?.generation.text).toBe("fine");
  });

  it("puts after a flush open the log again, and a cache folder that cannot be made costs only the entry", async () => {
    const dir = cacheDir();
    const cache = createItemCache({ dir });
    cache.putGeneration(entry(hashA, "one"));
    await cache.flush();
    cache.putGeneration(entry(hashA2, "two"));
    await cache.flush();
    expect(createItemCache({ dir }).getGeneration(hashA2)?.generation.text).toBe("two");

    const blocked = path.join(cacheDir(), "file");
    writeFileSync(blocked, "");
    const broken = createItemCache({ dir: blocked });
    expect(() => broken.putGeneration(entry(hashA, "lost"))).not.toThrow();
    expect(broken.getGeneration(hashA)).toBeUndefined();
  });

  it("compacts each log to the last row of each hash, dropping torn rows, and says what it freed", async () => {
    const dir = cacheDir();
    const cache = createItemCache({ dir });
    cache.putGeneration(entry(hashA, "old"));
    cache.putGeneration(entry(hashA, "new"));
    cache.putGeneration(entry(hashA2, "only"));
    cache.putGeneration(entry(hashB, "b"));
    await cache.flush();
    appendFileSync(logOf(dir, hashB), `${hashB} {"torn`);

    const before = await readCacheStats(dir);
    expect(before.entries).toBe(3);
    expect(before.replacedBytes).toBeGreaterThan(0);
    const after = await compactCache(dir);
    expect(after).toMatchObject({ entries: 3, replacedBytes: 0 });
    expect(after.freedBytes).toBe(before.bytes - after.bytes);
    expect(readFileSync(logOf(dir, hashA), "utf8").split("\n").filter(Boolean)).toHaveLength(2);
    expect(readFileSync(logOf(dir, hashB), "utf8").endsWith("\n")).toBe(true);

    const reader = createItemCache({ dir });
    expect(reader.getGeneration(hashA)?.generation.text).toBe("new");
    expect(reader.getGeneration(hashA2)?.generation.text).toBe("only");
    expect(reader.getGeneration(hashB)?.generation.text).toBe("b");
    expect((await compactCache(dir)).freedBytes).toBe(0);
  });
});
