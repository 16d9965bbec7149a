// loadPackReferences: every reference answer of the shipped role packs passes all of its checks, one
// entry per prompt with the line's first bad answer; other packs are read from a file, lines without a
// reference left out.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BenchloopError } from "@benchloop/core";
import { afterEach, describe, expect, it } from "vitest";
import { loadPackReferences } from "./pack-references.js";
import { parsePromptPack } from "./parse-prompt-pack.js";
import { scoreRubricChecks } from "./score-rubric.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function writePack(text: string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), "benchloop-pack-references-"));
  const file = join(dir, "team.jsonl");
  await writeFile(file, text);
  return file;
}

describe("loadPackReferences", () => {
  it("gives a blind and an informed entry for each prompt of the three role packs, with its bad answer", async () => {
    const references = await loadPackReferences();
    const ids = new Set(references.map((r) => r.testId));
    expect(ids.size).toBeGreaterThanOrEqual(90);
    expect(references).toHaveLength(ids.size * 2);
    expect(references.every((r) => r.testId.startsWith("live/") && r.bad !== undefined)).toBe(true);
    expect(references.slice(0, 2).map((r) => r.passType)).toEqual(["blind", "informed"]);
    expect(references[1]?.prompt.startsWith(references[0]?.prompt ?? "?")).toBe(true);
  });

  it("every reference without executed checks scores as passed on every check", async () => {
    const references = (await loadPackReferences()).filter((r) =>
      r.checks.every((c) => c.kind !== "program" && c.kind !== "sql"),
    );
    expect(references.length).toBeGreaterThan(50);
    for (const { testId, passType, reference, checks } of references) {
      const score = await scoreRubricChecks(checks, reference, {
        sandbox: () => {
          throw new Error("no program checks here");
        },
      });
      const failed = score.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.error ?? ""}`);
      expect(failed, `${testId} ${passType}`).toEqual([]);
      expect(score.passed).toBe(true);
      expect(score.value).toBe(1);
    }
  });

  it("file: reads another pack, leaving out lines without a reference", async () => {
    const file = await writePack(
      [
        JSON.stringify({
          id: "hi",
          prompt: "Say hi.",
          checks: [{ kind: "contains", values: ["hi"] }],
          reference: "hi",
        }),
        JSON.stringify({ id: "bye", prompt: "Say bye.", checks: [{ kind: "contains", values: ["bye"] }] }),
      ].join("\n"),
    );
    const references = await loadPackReferences({ file });
    expect(references.map((r) => [r.testId, r.passType, r.reference])).toEqual([
      ["team/hi", "blind", "hi"],
      ["team/hi", "informed", "hi"],
    ]);
    expect(references[0]?.prompt).toBe("Say hi.");
  });

  it("refuses a pack with bad lines, naming the file and line", async () => {
    const file = await writePack(`{"id":"hi","prompt":"Say hi.","reference":""}\n`);
    const error = await loadPackReferences({ file }).catch((e: unknown) => e);
    expect(BenchloopError.is(error) && error.code).toBe("DOCUMENT_INVALID");
    expect((error as Error).message).toContain(`${file}:1: field \`reference\``);
  });
});

describe("reference on a pack line", () => {
  const line = { id: "a", prompt: "Say hi.", checks: [{ kind: "contains", values: ["hi"] }] };

  it("is carried in the test's data", () => {
    const [test] = parsePromptPack(JSON.stringify({ ...line, reference: "hi there" }), "p.jsonl").tests;
    expect(test?.data).toMatchObject({ reference: "hi there" });
    const [without] = parsePromptPack(JSON.stringify(line), "p.jsonl").tests;
    expect(without?.data).not.toHaveProperty("reference");
  });

  it("leaves the content hash unchanged, since it changes neither the prompts nor the checks", () => {
    const hashOf = (value: object) => parsePromptPack(JSON.stringify(value), "p.jsonl").tests[0]?.contentHash;
    expect(hashOf({ ...line, reference: "hi there" })).toBe(hashOf(line));
    expect(hashOf({ ...line, reference: "hi" })).toBe(hashOf(line));
  });
});
