// `benchloop judge`: an imported plebdev-bench run judged by a scripted judge model on ollama-sim, into a
// new run with provenance, with the judge's spread and agreement reported for `--repeat`.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readRun } from "@benchloop/core";
import { type AnswerBookEntry, SIM_MODELS, type SimServer, startSim } from "@benchloop/ollama-sim";
import { parseRubric } from "@benchloop/scorer-judge";
import { loadCatalog } from "@benchloop/tests-coding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

const SLICE = new URL(
  "../../../packages/core/src/migrations/fixtures/plebdev-0.1.0.run.json",
  import.meta.url,
).pathname;

let cwd: string;
let sim: SimServer;
let importedId: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

/** The scripted judge: 8/10 on every criterion of every catalog test, keyed by the item line. */
async function judgeBook(): Promise<AnswerBookEntry[]> {
  const entries: AnswerBookEntry[] = [];
  for (const test of await loadCatalog()) {
    const scores = Object.fromEntries(parseRubric(test.rubric).map((c) => [c.id, 8]));
    for (const passType of ["blind", "informed"]) {
      entries.push({
        prompt: `Item: ${test.id} · ${passType}`,
        answer: JSON.stringify({ reasoning: `Scripted verdict for ${test.id}.`, scores }),
      });
    }
  }
  return entries;
}

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-judge-cli-"));
  const oracle = SIM_MODELS.find((m) => m.behaviour === "oracle")!;
  sim = await startSim({
    latencyScale: 0,
    answers: await judgeBook(),
    models: [...SIM_MODELS, { ...oracle, name: "sim/judge:latest", digest: "d".repeat(64) }],
  });
  const imported = await benchloop("import", "plebdev", SLICE);
  expect(imported.code, imported.err).toBe(0);
  importedId = /(\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(imported.out + imported.err)![1]!;
});

afterAll(async () => {
  await sim?.close();
  await rm(cwd, { recursive: true, force: true });
});

describe("benchloop judge", () => {
  it("judges a finished run into a new run with provenance and reports the judge's spread and agreement", async () => {
    const { code, out, err } = await benchloop(
      "judge",
      importedId,
      "--judge",
      "sim/judge",
      "--judge-url",
      sim.url,
      "--repeat",
      "2",
    );
    expect(code, err).toBe(0);
    const newId = /into (\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(out)![1]!;
    expect(out).toContain(`items of ${importedId} into ${newId} with sim/judge (dddddddddddd)`);
    expect(out).toMatch(/judge spread over 2 repeats: mean std dev 0\.000/);
    expect(out).toMatch(/agreement with the automated checks: [\d.]+% of \d+ items · Cohen's kappa/);

    const source = await readRun(path.join(cwd, "results", importedId));
    const judged = await readRun(path.join(cwd, "results", newId));
    expect(judged.provenance).toEqual({ kind: "judge", fromRuns: [importedId] });
    expect(judged.items.map((i) => i.key)).toEqual(source.items.map((i) => i.key));
    const answered = judged.items.filter((i) => i.generation);
    expect(answered.length).toBeGreaterThan(0);
    for (const item of answered) {
      expect(item.judge).toMatchObject({
        status: "ok",
        judge: "sim/judge",
        score: 0.8,
        judgeDigest: "d".repeat(64),
      });
      expect(item.provenance).toEqual({ kind: "judge", fromRun: importedId, itemKey: item.key });
    }
    const report = JSON.parse(await readFile(path.join(cwd, "results", newId, "judge-report.json"), "utf8"));
    expect(report).toMatchObject({
      fromRun: importedId,
      judge: { model: "sim/judge", backend: "ollama", temperature: 0, seed: 42 },
      reliability: { repeats: 2, meanStdDev: 0, unstableItems: 0 },
    });
    expect(report.reliability.agreement.n).toBe(answered.filter((i) => i.score).length);
  });

  it("serves verdicts from the cache on a second judging, without asking the judge", async () => {
    const chats = () => sim.stats().byRoute["POST /api/chat"] ?? 0;
    const first = await benchloop("judge", importedId, "--judge", "sim/judge", "--judge-url", sim.url);
    expect(first.code, first.err).toBe(0);
    const before = chats();
    const second = await benchloop("judge", importedId, "--judge", "sim/judge", "--judge-url", sim.url);
    expect(second.code, second.err).toBe(0);
    expect(chats()).toBe(before);
    expect(second.out).toMatch(/cache (\d+) hits \/ 0 misses/);
  });

  it("records an unreachable judge as judge_error verdicts, not as low scores", async () => {
    const closed = await startSim({ latencyScale: 0 });
    const url = closed.url;
    await closed.close();
    const { code, out } = await benchloop(
      "judge",
      importedId,
      "--judge",
      "sim/judge",
      "--judge-url",
      url,
      "--no-cache",
    );
    expect(code).toBe(0);
    expect(out).toMatch(/✓ 0 ok · ! \d+ judge_error/);
    const newId = /into (\d{8}T\d{6}Z-[0-9a-f]{6})/.exec(out)![1]!;
    const judged = await readRun(path.join(cwd, "results", newId));
    const verdict = judged.items.find((i) => i.judge)?.judge;
    expect(verdict).toMatchObject({ status: "judge_error", judge: "sim/judge" });
    expect(verdict?.score).toBeUndefined();
  });

  it("refuses --repeat outside 1..20 with the flag named", async () => {
    const { code, err } = await benchloop("judge", importedId, "--judge", "sim/judge", "--repeat", "0");
    expect(code).toBe(1);
    expect(err).toContain('--repeat: "0" is not a whole number from 1 to 20');
  });
});
