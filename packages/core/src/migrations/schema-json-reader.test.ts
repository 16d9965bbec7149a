import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ItemResultSchema } from "../results/item-result.js";
import { NEED_MORE } from "./json-bytes.js";
import { migrateRun } from "./run-migrations.js";
import { createSchemaJsonReader, SLOW_PATH } from "./schema-json-reader.js";

// The real plebdev-bench run, migrated: 408 items with answers, failures, judge verdicts, meta records.
const REAL_PLEBDEV_RUN = new URL(
  "../../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f/run.json",
  import.meta.url,
).pathname;
const realItems = migrateRun(JSON.parse(readFileSync(REAL_PLEBDEV_RUN, "utf8"))).items;
const nativeItems = (
  JSON.parse(readFileSync(new URL("./fixtures/benchloop-1.run.json", import.meta.url), "utf8")) as {
    items: Record<string, unknown>[];
  }
).items;
const fixtureItems: Record<string, unknown>[] = [...nativeItems, ...realItems];

const reader = createSchemaJsonReader(ItemResultSchema);

/** What the slow path gives for `text`: zod's output, or undefined when JSON.parse or zod refuses it. */
function slowPath(text: string): { data: unknown } | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = ItemResultSchema.safeParse(doc);
  return parsed.success ? { data: parsed.data } : undefined;
}

/** Fails unless `a` and `b` are the same JSON-like values with keys in the same order (and -0 kept). */
function expectSame(a: unknown, b: unknown, path = "$"): void {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    if (!Object.is(a, b)) expect.fail(`${path}: ${String(a)} is not ${String(b)}`);
    return;
  }
  expect(Array.isArray(a), path).toBe(Array.isArray(b));
  expect(Object.keys(a), path).toEqual(Object.keys(b));
  for (const key of Object.keys(a)) {
    expectSame((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
  }
}

/** Reads `text` with the fast path and checks it against the slow path; returns whether it took the fast one. */
function check(text: string): boolean {
  const bytes = Buffer.from(text, "utf8");
  const slow = slowPath(text);
  let fast: unknown;
  try {
    fast = reader.read(bytes, 0);
  } catch (error) {
    // Bytes that end inside the value: only ever for text that is not one whole JSON value.
    expect(error).toBe(NEED_MORE);
    expect(slow).toBeUndefined();
    return false;
  }
  if (fast === SLOW_PATH) return false;
  // The fast path accepted: the slow path must accept too, with the very same value.
  expect(slow, text).toBeDefined();
  expectSame(fast, slow!.data);
  expect(reader.end).toBe(Buffer.byteLength(text.trimEnd()));
  return true;
}

/** A deterministic generator for the fuzz cases. */
function createLcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Every [parent, key] of a JSON value, depth first. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((element, i) => {
      out.push([value, i]);
      slots(element, out);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots(child, out);
    }
  }
  return out;
}

const REPLACEMENTS: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  0.5,
  1.5,
  2,
  1e21,
  -1e-7,
  2 ** 53,
  "",
  "x",
  "passed",
  "blind",
  "hit",
  "ok",
  "generate",
  "timeout",
  "Not_A_Type",
  "é",
  'quote " and \\ backslash',
  [],
  [1],
  {},
  { name: "n", passed: true },
  { prompt: 1 },
];

describe("createSchemaJsonReader (ItemResultSchema)", () => {
  it("reads every item of the fixtures (native and the real plebdev-bench run) as zod returns it", () => {
    expect(fixtureItems.length).toBeGreaterThan(400);
    for (const item of fixtureItems) expect(check(JSON.stringify(item))).toBe(true);
  });

  it("reads pretty-printed items, and keys in any order, as zod returns them", () => {
    for (const item of fixtureItems.slice(0, 40)) {
      expect(check(JSON.stringify(item, null, 2))).toBe(true);
      const reversed = Object.fromEntries(Object.entries(item).reverse());
      expect(check(` \r\n\t${JSON.stringify(reversed, null, "\t")}`)).toBe(true);
    }
  });

  it.each([
    ["key: missing (required)", (t: string) => t.replace(/"key":"[^"]*",/, "")],
    ["key: a number", (t: string) => t.replace(/"key":"[^"]*"/, '"key":7')],
    ["status: not one of the statuses", (t: string) => t.replace(/"status":"\w+"/, '"status":"great"')],
    ["repeat: zero", (t: string) => t.replace(/"repeat":\d+/, '"repeat":0')],
    ["repeat: not an integer", (t: string) => t.replace(/"repeat":\d+/, '"repeat":1.5')],
    ["repeat: written 1e0", (t: string) => t.replace(/"repeat":\d+/, '"repeat":1e0')],
    ["repeat: too large to be exact", (t: string) => t.replace(/"repeat":\d+/, '"repeat":9007199254740993')],
    ["metrics.wallMs: negative", (t: string) => t.replace(/"wallMs":[\d.]+/, '"wallMs":-1')],
    [
      "metrics.wallMs: overflowing to Infinity",
      (t: string) => t.replace(/"wallMs":[\d.]+/, '"wallMs":1e999'),
    ],
    ["metrics.wallMs: minus zero", (t: string) => t.replace(/"wallMs":[\d.]+/, '"wallMs":-0')],
    ["metrics.wallMs: leading zero", (t: string) => t.replace(/"wallMs":[\d.]+/, '"wallMs":012')],
    [
      "metrics.wallMs: many digits",
      (t: string) => t.replace(/"wallMs":[\d.]+/, '"wallMs":1234.56789012345678'),
    ],
    ["metrics: an unknown key", (t: string) => t.replace(/"metrics":\{/, '"metrics":{"colour":"red",')],
    ["an unknown top-level key", (t: string) => t.replace(/^\{/, '{"colour":"red",')],
    ["a repeated key", (t: string) => t.replace(/^\{/, '{"model":"other",')],
    ["an escaped key", (t: string) => t.replace(/"model":/, '"mod\\u0065l":')],
    ["a key with other letters", (t: string) => t.replace(/"model":/, '"modél":')],
    ["cache: absent (defaulted)", (t: string) => t.replace(/"cache":"\w+",/, "")],
    ["attempts: absent (defaulted)", (t: string) => t.replace(/"attempts":\d+,/, "")],
    ["modelDigest: null", (t: string) => t.replace(/"model":/, '"modelDigest":null,"model":')],
    ["model: escapes and other scripts", (t: string) => t.replace(/"model":"/, '"model":"é\\n\\u00e9\\"✓😀')],
    ["model: a raw control byte", (t: string) => t.replace(/"model":"/, '"model":"\u0001')],
    ["model: a lone surrogate escape", (t: string) => t.replace(/"model":"/, '"model":"\\ud800')],
    ["not an object", () => "[]"],
    ["truncated JSON with a closing brace", (t: string) => `${t.slice(0, t.length / 2)}}`],
    ["trailing comma", (t: string) => t.replace(/\}$/, ",}")],
  ])("%s: agrees with JSON.parse and zod", (_name, mutate) => {
    for (const item of fixtureItems.slice(0, 12)) check(mutate(JSON.stringify(item)));
  });

  it("takes the fast path for valid variants (absent defaults, other scripts, escapes, numbers)", () => {
    const item = JSON.stringify(nativeItems[0]);
    for (const text of [
      item.replace(/"cache":"\w+",/, ""),
      item.replace(/"model":"/, '"model":"é\\n\\u00e9\\"✓😀'),
      item.replace(/"wallMs":[\d.]+/, '"wallMs":0e0'),
      item.replace(/"wallMs":[\d.]+/, '"wallMs":12.5e-1'),
      item.replace(/"wallMs":[\d.]+/, '"wallMs":1234.56789012345678'),
    ])
      expect(check(text)).toBe(true);
  });

  it("agrees with JSON.parse and zod on 3,000 random replacements, deletions and additions", () => {
    const random = createLcg(42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    let fast = 0;
    for (let round = 0; round < 3000; round++) {
      const item = structuredClone(pick(fixtureItems)) as Record<string, unknown>;
      const [parent, key] = pick(slots(item));
      const action = random();
      if (action < 0.6)
        (parent as Record<string | number, unknown>)[key] = structuredClone(pick(REPLACEMENTS));
      else if (action < 0.8 && !Array.isArray(parent)) delete parent[key as string];
      else if (!Array.isArray(parent)) parent[`${String(key)}x`] = pick(REPLACEMENTS);
      if (check(JSON.stringify(item))) fast++;
    }
    // Valid mutations (replacing a value with one of the same kind) still take the fast path.
    expect(fast).toBeGreaterThan(300);
  });

  it("asks for more bytes, never guesses, when an item is cut anywhere", () => {
    const text = JSON.stringify(realItems[5], null, 1);
    const bytes = Buffer.from(text, "utf8");
    const expected = slowPath(text)!.data;
    for (let cut = 0; cut < bytes.length; cut++) {
      let thrown: unknown;
      try {
        reader.read(bytes.subarray(0, cut), 0);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `cut at ${cut}`).toBe(NEED_MORE);
    }
    expectSame(reader.read(bytes, 0), expected);
  });

  it("generates no code when zod is configured jitless, and still returns zod's result", () => {
    z.config({ jitless: true });
    try {
      const jitless = createSchemaJsonReader(ItemResultSchema);
      const text = JSON.stringify(realItems[0]);
      expectSame(jitless.read(Buffer.from(text), 0), slowPath(text)!.data);
    } finally {
      z.config({ jitless: false });
    }
  });

  it("leaves schemas it does not compile to zod, with the same result", () => {
    const Schema = z
      .object({
        id: z.string().min(2),
        tags: z.array(z.string()).max(2),
        when: z.union([z.string(), z.number()]),
        extra: z.object({ a: z.number() }).loose(),
        counts: z.record(z.string(), z.number().int()),
        mode: z.enum(["a", "b"]).default("a"),
      })
      .strict();
    const custom = createSchemaJsonReader(Schema);
    for (const doc of [
      { id: "ab", tags: ["x"], when: 1, extra: { a: 1, b: 2 }, counts: { x: 1 } },
      { id: "a", tags: ["x"], when: 1, extra: { a: 1 }, counts: {} },
      { id: "ab", tags: ["x", "y", "z"], when: "now", extra: { a: 1 }, counts: {}, mode: "b" },
      { id: "ab", tags: [], when: true, extra: { a: 1 }, counts: { y: 1.5 } },
    ]) {
      const text = JSON.stringify(doc);
      const fast = custom.read(Buffer.from(text), 0);
      const slow = Schema.safeParse(JSON.parse(text));
      if (fast === SLOW_PATH) expect(slow.success).toBe(false);
      else expectSame(fast, slow.data);
    }
  });
});
