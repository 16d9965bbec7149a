import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRunFile } from "../migrations/read-run-file.js";
import { PlanSchema } from "../plan/plan-schema.js";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Scorer } from "../plugin/contracts.js";
import { RunSchema } from "../results/run-schema.js";
import { createRunStore } from "../store/run-store.js";
import { rescoreRun } from "./rescore-run.js";
import { claimRunFolder, writeRunFolder } from "./write-run-folder.js";

const FIXTURE = new URL("../migrations/fixtures/plebdev-0.1.0.run.json", import.meta.url).pathname;

function test(id: string, scorer = "exports-add"): BenchTest {
  return {
    id,
    version: "2.0.0",
    source: "inline",
    suite: "coding",
    contentHash: `hash-${id}`,
    prompts: { blind: "Write add.", informed: "Export add(a, b)." },
    scorer,
    tags: [],
  };
}

/** Passes answers that export an `add` function; throws for answers mentioning "Calculator". */
const exportsAdd: Scorer = {
  async score({ generation }) {
    if (generation.text.includes("Calculator")) throw new Error("scorer crashed on purpose");
    const passed = /export function add/.test(generation.text);
    return {
      scorer: "exports-add",
      scorerVersion: "3",
      passed,
      value: passed ? 1 : 0,
      checks: [{ name: "exports add", passed }],
    };
  },
};

let resultsDir: string;
beforeEach(async () => {
  resultsDir = await mkdtemp(join(tmpdir(), "benchloop-rescore-"));
});
afterEach(async () => {
  await rm(resultsDir, { recursive: true, force: true });
});

describe("rescoreRun", () => {
  it("scores stored answers again into a new run with provenance, copying what it cannot score", async () => {
    const { run: source } = await readRunFile(FIXTURE);
    const store = createRunStore({ resultsDir, runId: "20260401T000000Z-000001" });
    await claimRunFolder(store);
    const result = await rescoreRun({
      source: { run: source },
      store,
      tests: new Map([
        ["smoke", test("smoke")],
        ["calculator-stateful", test("calculator-stateful")],
      ]),
      scorers: { get: (id) => (id === "exports-add" ? exportsAdd : undefined), version: () => "3" },
      scoreTimeoutMs: 5_000,
      plugins: [],
      benchloopVersion: "0.1.0",
    });
    await writeRunFolder(store, result);

    const written = RunSchema.parse(JSON.parse(await readFile(join(store.dir, "run.json"), "utf8")));
    PlanSchema.parse(JSON.parse(await readFile(join(store.dir, "plan.json"), "utf8")));
    expect(written.runId).toBe("20260401T000000Z-000001");
    expect(written.provenance).toEqual({ kind: "rescore", fromRuns: [source.runId] });
    expect(written.items.map((i) => i.key)).toEqual(source.items.map((i) => i.key));
    expect(
      written.items.every((i) => i.provenance?.kind === "rescore" && i.provenance.fromRun === source.runId),
    ).toBe(true);

    const byId = new Map(source.items.map((item, i) => [item.provenance!.itemKey, written.items[i]!]));
    const outcome = (id: string) => {
      const item = byId.get(id)!;
      return `${item.status} ${item.testVersion}${item.failure ? ` ${item.failure.stage}:${item.failure.type}` : ""}`;
    };
    expect({
      "01 smoke answer exports add": outcome("01"),
      "33 smoke answer is an error message": outcome("33"),
      "41 failed generation, copied": outcome("41"),
      "55 todo-app test not installed, copied": outcome("55"),
      "93 scorer throws": outcome("93"),
      "149 empty answer": outcome("149"),
    }).toEqual({
      "01 smoke answer exports add": "passed 2.0.0",
      "33 smoke answer is an error message": "failed 2.0.0",
      "41 failed generation, copied": "error plebdev-0.1.0 generate:http_status",
      "55 todo-app test not installed, copied": "failed plebdev-0.1.0",
      "93 scorer throws": "error 2.0.0 score:crash",
      "149 empty answer": "failed 2.0.0",
    });
    expect(byId.get("01")!.generation).toEqual(source.items[0]!.generation);
    expect(byId.get("01")!.judge).toEqual(source.items[0]!.judge);
    expect(result.missingTests).toEqual(["todo-app"]);
    expect(result.copied["no answer"]).toBe(3);
    const plan = result.plan;
    expect(plan.tests.find((t) => t.id === "smoke")).toMatchObject({
      version: "2.0.0",
      scorer: "exports-add",
    });
  });

  it("filter: scores only the selected items and copies the rest", async () => {
    const { run: source } = await readRunFile(FIXTURE);
    const store = createRunStore({ resultsDir, runId: "20260401T000000Z-000002" });
    const result = await rescoreRun({
      source: { run: source },
      store,
      tests: new Map([["smoke", test("smoke")]]),
      scorers: { get: () => exportsAdd, version: () => "3" },
      scoreTimeoutMs: 5_000,
      filter: { harness: ["goose"] },
      plugins: [],
      benchloopVersion: "0.1.0",
    });
    expect(result.rescored).toBe(1);
    expect(result.copied["filtered out"]).toBe(7);
  });

  it("copies items whose test names a scorer that is not installed", async () => {
    const { run: source } = await readRunFile(FIXTURE);
    const store = createRunStore({ resultsDir, runId: "20260401T000000Z-000003" });
    const result = await rescoreRun({
      source: { run: source },
      store,
      tests: new Map([["smoke", test("smoke", "not-installed")]]),
      scorers: { get: () => undefined, version: () => "0" },
      scoreTimeoutMs: 5_000,
      plugins: [],
      benchloopVersion: "0.1.0",
    });
    expect(result.rescored).toBe(0);
    expect(result.missingScorers).toEqual(["not-installed"]);
    expect(result.copied["scorer not installed"]).toBe(2);
    expect(result.run.items.map((i) => i.status)).toEqual(source.items.map((i) => i.status));
  });
});
