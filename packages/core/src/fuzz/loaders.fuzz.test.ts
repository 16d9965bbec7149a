// Property tests of what reads files users hand to benchloop: the config loader, the run reader (and
// the migration chain behind it) and `import plebdev`. Random text, mutations of real documents (cut
// short, a slice replaced, a value swapped for a random one) and deep nesting each end in a result or
// an expected, named BenchloopError — never the internal-bug path (a plain Error, a TypeError, a stack
// overflow), which the CLI reports as "This is a bug in benchloop".
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config/load-config.js";
import { BenchloopError } from "../errors/benchloop-error.js";
import { importPlebdevRun } from "../import/plebdev.js";
import { readRunFile } from "../migrations/read-run-file.js";
import { migrateRunWithSteps } from "../migrations/run-migrations.js";
import { readRun } from "../store/read-run.js";

const RUNS = Number(process.env.BENCHLOOP_FUZZ_RUNS ?? 60);
const FIXTURES = new URL("../migrations/fixtures/", import.meta.url).pathname;
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "benchloop-fuzz-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `read`; a result or an expected BenchloopError passes, anything else is thrown back. */
async function endsWell(read: () => Promise<unknown> | unknown): Promise<"result" | "refused"> {
  try {
    await read();
    return "result";
  } catch (error) {
    if (BenchloopError.is(error) && error.expected) return "refused";
    throw error;
  }
}

/** Every path to a value inside a JSON document (found without recursion). */
function pathsOf(doc: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: { value: unknown; at: (string | number)[] }[] = [{ value: doc, at: [] }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    paths.push(at);
    if (!value || typeof value !== "object") continue;
    for (const [key, inner] of Object.entries(value))
      stack.push({ value: inner, at: [...at, Array.isArray(value) ? Number(key) : key] });
  }
  return paths;
}

/** A copy of `doc` with the value at its `pick`-th path replaced by `value` (removed when undefined). */
function replaceAt(doc: unknown, pick: number, value: unknown): unknown {
  const copy = structuredClone(doc);
  const paths = pathsOf(copy);
  const at = paths[pick % paths.length]!;
  if (at.length === 0) return value;
  let parent = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at.at(-1)!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Deeply nested arrays, as a hostile file would hold them. */
const deepValue = fc.integer({ min: 100, max: 1500 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
});

/** Hostile variants of a JSON document's text. */
function mutatedText(text: string): fc.Arbitrary<string> {
  const doc = JSON.parse(text) as unknown;
  return fc.oneof(
    // cut short (a full disk, a copy stopped halfway)
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    // a slice replaced by random characters
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: 30 }), fc.string({ maxLength: 12 }))
      .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut)),
    // one value swapped for a random one (or removed)
    fc
      .tuple(fc.nat(), fc.option(fc.oneof(fc.jsonValue({ maxDepth: 3 }), deepValue), { nil: undefined }))
      .map(([pick, value]) => JSON.stringify(replaceAt(doc, pick, value), null, 2) ?? ""),
    // a byte order mark, or random text
    fc.constant(`\uFEFF${text}`),
    fc.string({ maxLength: 200 }),
  );
}

const CONFIG = JSON.stringify({
  models: ["qwen3:8b", "qwen2.5-coder:7b"],
  harnesses: { ollama: { baseUrl: "http://127.0.0.1:11434" } },
  passTypes: ["blind", "informed"],
  repeats: 3,
  concurrency: 2,
  sampling: { temperature: 0, seed: 42 },
  timeouts: { generateMs: 60000 },
  retries: { max: 2 },
  apply: { target: "file:models.yaml", keys: { balanced: "models.default" } },
});

describe("the config loader under hostile input", () => {
  it("every mutated config file loads or is refused with a named error", async () => {
    const file = path.join(dir, "benchloop.config.json");
    await fc.assert(
      fc.asyncProperty(mutatedText(CONFIG), async (text) => {
        await writeFile(file, text);
        const outcome = await endsWell(() => loadConfig({ cwd: dir, file }));
        if (outcome === "refused") {
          await loadConfig({ cwd: dir, file }).catch((error: BenchloopError) => {
            expect(error.message).toContain("benchloop.config.json");
          });
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("the run reader and migrations under hostile input", () => {
  it("every mutated run.json (current and older schema) is read or refused with a named error", async () => {
    const current = JSON.stringify((await readRunFile(path.join(FIXTURES, "benchloop-1.run.json"))).run);
    const runDir = path.join(dir, "20260101T000000Z-abcdef");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(runDir, { recursive: true });
    const file = path.join(runDir, "run.json");
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutatedText(current), mutatedText(fixture("benchloop-1.run.json"))),
        async (text) => {
          await writeFile(file, text);
          await endsWell(() => readRunFile(file));
          await endsWell(() => readRun(runDir));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("the migration chain takes any JSON value to a run or a named error", async () => {
    const older = JSON.parse(fixture("benchloop-1.run.json")) as unknown;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue({ maxDepth: 4 }),
          fc
            .tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 }))
            .map(([pick, value]) => replaceAt(older, pick, value)),
        ),
        async (value) => void (await endsWell(() => migrateRunWithSteps(value, "run.json"))),
      ),
      { numRuns: RUNS * 3 },
    );
  });
});

describe("import plebdev under hostile input", () => {
  it("every mutated plebdev-bench run.json is imported or refused with a named error", async () => {
    const source = path.join(dir, "plebdev-run.json");
    const resultsDir = path.join(dir, "imported");
    await fc.assert(
      fc.asyncProperty(mutatedText(fixture("plebdev-0.1.0.run.json")), async (text) => {
        await writeFile(source, text);
        await rm(resultsDir, { recursive: true, force: true });
        await endsWell(() => importPlebdevRun({ source, resultsDir }));
      }),
      { numRuns: RUNS },
    );
  });

  it("a path that is not there, an empty folder or a folder of junk is refused with a named error", async () => {
    const { mkdir } = await import("node:fs/promises");
    const empty = path.join(dir, "empty");
    await mkdir(empty, { recursive: true });
    const resultsDir = path.join(dir, "imported");
    for (const source of [path.join(dir, "missing"), empty, resultsDir]) {
      expect(await endsWell(() => importPlebdevRun({ source, resultsDir }))).toBe("refused");
    }
  });
});
