// Property tests of the prompt-pack parser: random text, and the shipped packs and a Muninn pack with
// lines cut, slices replaced and values swapped, each parse to tests and listed issues (every issue
// with its file and line) — the parser never throws, and every test it returns is a valid BenchTest.
import { readFileSync } from "node:fs";
import { BenchTestSchema } from "@benchloop/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePromptPack } from "./parse-prompt-pack.js";
import { BUILTIN_PACKS } from "./prompt-pack-source.js";

const RUNS = Number(process.env.BENCHLOOP_FUZZ_RUNS ?? 100);
const LIVE = BUILTIN_PACKS.map((pack) => readFileSync(pack.url, "utf8")).join("\n");
const MUNINN = readFileSync(
  new URL("../test/fixtures/muninn/ollama_benchmark_prompts.jsonl", import.meta.url),
  "utf8",
);

/** Parses and checks what came out: valid tests, issues that name the file and a line in it. */
function parsesWell(text: string): void {
  const { tests, issues } = parsePromptPack(text, "mine.jsonl");
  const lines = text.split("\n").length;
  for (const test of tests) expect(BenchTestSchema.safeParse(test).success).toBe(true);
  for (const issue of issues) {
    expect(issue.file).toBe("mine.jsonl");
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

/** One line of a pack with a value inside it swapped for a random one. */
function swapValue(line: string, pick: number, value: unknown): string {
  try {
    const doc = JSON.parse(line) as Record<string, unknown>;
    const keys = Object.keys(doc);
    if (keys.length === 0) return line;
    doc[keys[pick % keys.length]!] = value;
    return JSON.stringify(doc);
  } catch {
    return line;
  }
}

/** Hostile variants of a pack's text. */
function mutatedPack(text: string): fc.Arbitrary<string> {
  const lines = text.split("\n");
  return fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc
      .tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }))
      .map(([at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut)),
    fc
      .tuple(fc.nat({ max: lines.length - 1 }), fc.nat(), fc.jsonValue({ maxDepth: 3 }))
      .map(([index, pick, value]) =>
        lines.map((line, i) => (i === index ? swapValue(line, pick, value) : line)).join("\n"),
      ),
    fc.nat({ max: lines.length - 1 }).map((index) => [...lines, lines[index]].join("\n")),
  );
}

describe("parsePromptPack under hostile input", () => {
  it("random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), parsesWell), { numRuns: RUNS });
  });

  it("random JSON lines", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 5 }), (values) =>
        parsesWell(values.map((v) => JSON.stringify(v)).join("\n")),
      ),
      { numRuns: RUNS },
    );
  });

  it("the shipped live pack and a Muninn pack, mutated", () => {
    fc.assert(fc.property(fc.oneof(mutatedPack(LIVE), mutatedPack(MUNINN)), parsesWell), { numRuns: RUNS });
  });

  it("a line nested thousands of levels deep is an issue of that line", () => {
    const deep = `{"id": "deep", "prompt": "x", "checks": ${"[".repeat(5000)}${"]".repeat(5000)}}`;
    const { issues } = parsePromptPack(`${deep}\n`, "mine.jsonl");
    expect(issues[0]).toMatchObject({ file: "mine.jsonl", line: 1 });
  });
});
