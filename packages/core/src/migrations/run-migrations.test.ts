import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { BenchloopError } from "../errors/benchloop-error.js";
import { RUN_SCHEMA_VERSION, RunSchema } from "../results/run-schema.js";
import { readRunFile } from "./read-run-file.js";
import { migrateRun, migrateRunWithSteps, RUN_MIGRATIONS } from "./run-migrations.js";

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);
// The real fixture: fixtures/external (a copy of the shared fixtures, read-only).
const REAL_PLEBDEV_DIR = new URL(
  "../../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;
const REAL_PLEBDEV_RUN = `${REAL_PLEBDEV_DIR}/run.json`;

async function readFixture(name: string): Promise<unknown> {
  return JSON.parse(await readFile(fixture(name), "utf8"));
}

function catchError(fn: () => unknown): BenchloopError {
  try {
    fn();
  } catch (error) {
    if (BenchloopError.is(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("migrateRun", () => {
  it("keeps a current (schemaVersion 2) run as it is and validates it, repair rounds included", async () => {
    const doc = await readFixture("benchloop-2.run.json");
    const { run, from, steps } = migrateRunWithSteps(doc);
    expect(from).toBe(2);
    expect(steps).toEqual([]);
    expect(run).toEqual(RunSchema.parse(doc));
    expect(run.items.map((i) => [i.status, i.passedAtAttempt, i.repairs?.map((r) => r.status)])).toEqual([
      ["passed", 1, undefined],
      ["failed", 2, ["passed"]],
    ]);
  });

  it("reads a schemaVersion 1 run as one without repair attempts: passed items passed at attempt 1", async () => {
    const doc = await readFixture("benchloop-1.run.json");
    const before = JSON.stringify(doc);
    const { run, from, steps } = migrateRunWithSteps(doc);
    expect(from).toBe(1);
    expect(steps.map((s) => `${s.from}→${s.to}`)).toEqual(["1→2"]);
    expect(run.schemaVersion).toBe(2);
    expect(
      run.items.map((i) => [i.key, i.status, i.passedAtAttempt, i.repairs, i.repairUnsupported]),
    ).toEqual([
      ["qwen3:8b|ollama|smoke|blind#1", "passed", 1, undefined, undefined],
      ["qwen3:8b|ollama|smoke|informed#1", "failed", undefined, undefined, undefined],
    ]);
    // Everything else is the version-1 document, unchanged; the caller's document is left alone.
    const {
      schemaVersion: _v,
      items: v1Items,
      ...v1Rest
    } = JSON.parse(before) as Record<string, unknown> & {
      items: Record<string, unknown>[];
    };
    const { schemaVersion: _w, items, ...rest } = run;
    expect(rest).toEqual(v1Rest);
    expect(items.map(({ passedAtAttempt: _p, ...item }) => item)).toEqual(v1Items);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("refuses a schemaVersion 1 run whose items carry schema-2 fields, naming each", async () => {
    const doc = (await readFixture("benchloop-1.run.json")) as { items: Record<string, unknown>[] };
    doc.items[1]!.passedAtAttempt = 2;
    const error = catchError(() => migrateRun(doc, "results/x/run.json"));
    expect(error.code).toBe("DOCUMENT_INVALID");
    expect((error.details!.issues as { path: string }[]).map((i) => i.path)).toEqual([
      "items[1].passedAtAttempt",
    ]);
  });

  it("migrates a plebdev-bench 0.1.0 run.json to a valid current run with provenance", async () => {
    const { run, from, steps } = migrateRunWithSteps(await readFixture("plebdev-0.1.0.run.json"));
    expect(from).toBe("0.1.0");
    expect(steps.map((s) => `${s.from}→${s.to}`)).toEqual(["0.1.0→1", "1→2"]);
    expect(run.items.filter((i) => i.passedAtAttempt === 1)).toHaveLength(1);
    expect(RunSchema.safeParse(run).success).toBe(true);
    expect(run.runId).toBe("20260125T201851Z-fbba6f");
    expect(run.provenance).toEqual({
      kind: "import",
      fromRuns: ["20260125-121851-fbba6f"],
      tool: "plebdev-bench",
    });
    expect(run.items.every((item) => item.provenance?.fromRun === "20260125-121851-fbba6f")).toBe(true);
  });

  it("maps plebdev-bench statuses honestly, item by item", async () => {
    const run = migrateRun(await readFixture("plebdev-0.1.0.run.json"));
    const byId = new Map(run.items.map((item) => [item.provenance!.itemKey, item]));
    const outcome = (id: string) => {
      const item = byId.get(id)!;
      return [item.status, item.failure?.stage, item.failure?.type, item.score?.failure?.type]
        .filter(Boolean)
        .join(" ");
    };
    expect({
      "01 all tests passed": outcome("01"),
      "05 tests failed": outcome("05"),
      "33 answer did not import": outcome("33"),
      "55 export missing": outcome("55"),
      "41 api error": outcome("41"),
      "103 timeout": outcome("103"),
      "106 harness error": outcome("106"),
      "149 empty answer, no score": outcome("149"),
      "93 scorer crashed": outcome("93"),
    }).toMatchInlineSnapshot(`
      {
        "01 all tests passed": "passed",
        "05 tests failed": "failed",
        "103 timeout": "error generate timeout",
        "106 harness error": "error generate crash",
        "149 empty answer, no score": "error score empty_answer",
        "33 answer did not import": "failed import",
        "41 api error": "error generate http_status",
        "55 export missing": "failed missing_export",
        "93 scorer crashed": "error score unknown",
      }
    `);
  });

  it("keeps the answer, tokens, timings and judge verdict of an item, with the raw frontier score", async () => {
    const run = migrateRun(await readFixture("plebdev-0.1.0.run.json"));
    const item = run.items[0]!;
    expect(item.key).toBe("glm-4.7-flash:latest|ollama|smoke|blind#1");
    expect(item.generation).toMatchObject({
      text: "export function add(a: number, b: number): number {\n    return a + b;\n}",
      tokens: { prompt: 53, completion: 218 },
      timing: { wallMs: 10119 },
      meta: { frontierEvalScore: 10, itemId: "01" },
    });
    expect(item.score).toMatchObject({
      passed: true,
      value: 1,
      details: { checksPassed: 6, checksTotal: 6 },
    });
    expect(item.judge).toMatchObject({ status: "ok", judge: "openai/gpt-5.2", score: 1, latencyMs: 2101 });
    expect(item.metrics.wallMs).toBe(12232);
    expect(item.failure).toBeUndefined();
  });

  it("maps a frontier score of 1 to a judge score of 0 and 4 to a third", async () => {
    const run = migrateRun(await readFixture("plebdev-0.1.0.run.json"));
    const byId = new Map(run.items.map((item) => [item.provenance!.itemKey, item]));
    expect(byId.get("33")!.judge!.score).toBe(0);
    expect(byId.get("55")!.judge!.score).toBeCloseTo(1 / 3, 10);
  });

  it("recomputes the summary from the mapped items", async () => {
    const run = migrateRun(await readFixture("plebdev-0.1.0.run.json"));
    expect(run.summary).toMatchObject({ items: 9, passed: 1, failed: 3, error: 5, skipped: 0 });
    expect(run.summary.errorsByType).toEqual({
      crash: 1,
      empty_answer: 1,
      http_status: 1,
      timeout: 1,
      unknown: 1,
    });
  });

  it("migrates the whole real 408-item plebdev-bench run", async () => {
    const run = migrateRun(JSON.parse(await readFile(REAL_PLEBDEV_RUN, "utf8")));
    expect(run.items).toHaveLength(408);
    expect(new Set(run.items.map((i) => i.key)).size).toBe(408);
    expect(run.summary.passed + run.summary.failed + run.summary.error).toBe(408);
    // 13 failed generations, 2 completed answers without a score.
    expect(run.items.filter((i) => i.failure?.stage === "generate")).toHaveLength(13);
    expect(run.items.filter((i) => i.failure?.stage === "score")).toHaveLength(2);
  });

  it("refuses schemaVersion 3 and says which versions this release reads", async () => {
    const error = catchError(() => migrateRun(readFixtureSync("future-3.run.json"), "results/x/run.json"));
    expect(error.code).toBe("SCHEMA_VERSION_UNSUPPORTED");
    expect(error.location).toEqual({ file: "results/x/run.json", path: "schemaVersion" });
    expect(error.message).toMatchInlineSnapshot(
      `"run.json (results/x/run.json) has schemaVersion 3; this benchloop reads versions up to 2."`,
    );
  });

  it("refuses an unknown string version such as a newer plebdev-bench's", () => {
    const error = catchError(() => migrateRun({ schemaVersion: "0.2.0", items: [] }));
    expect(error.code).toBe("SCHEMA_VERSION_UNSUPPORTED");
  });

  it("reports a document without schemaVersion as invalid at that field", () => {
    const error = catchError(() => migrateRun({ runId: "x" }, "run.json"));
    expect(error.code).toBe("DOCUMENT_INVALID");
    expect(error.location?.path).toBe("schemaVersion");
  });

  it("refuses a current run whose times are not ISO 8601 date-times, naming each field", async () => {
    const doc = (await readFixture("benchloop-1.run.json")) as {
      startedAt: string;
      items: { endedAt: string }[];
    };
    doc.startedAt = "yesterday";
    doc.items[0]!.endedAt = "2026-13-45T99:99:00Z";
    const error = catchError(() => migrateRun(doc, "results/x/run.json"));
    expect(error.code).toBe("DOCUMENT_INVALID");
    const issues = error.details!.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path)).toEqual(["startedAt", "items[0].endedAt"]);
    expect(issues[0]!.message).toContain("is not an ISO 8601 date-time such as 2026-01-31T12:00:00.000Z");
  });

  it("reports every invalid field of a damaged plebdev-bench run with its path", () => {
    const error = catchError(() =>
      migrateRun({
        schemaVersion: "0.1.0",
        runId: "r",
        startedAt: "yesterday",
        completedAt: "2026-01-01T00:00:00Z",
        durationMs: 1,
        summary: { total: 1, completed: 1, failed: 0, pending: 0 },
        items: [{ id: "01", passType: "sideways" }],
      }),
    );
    expect(error.code).toBe("DOCUMENT_INVALID");
    const paths = (error.details!.issues as { path: string }[]).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["startedAt", "items[0].model", "items[0].passType"]));
  });

  it("has a tested step for every version in the chain, ending at the current version", () => {
    expect(RUN_MIGRATIONS.at(-1)!.to).toBe(RUN_SCHEMA_VERSION);
    for (const step of RUN_MIGRATIONS) expect(step.description.length).toBeGreaterThan(20);
  });
});

describe("readRunFile", () => {
  it("reads a current run.json on its fast path and a version-1 one through the chain alike", async () => {
    const current = await readRunFile(new URL(fixture("benchloop-2.run.json")).pathname);
    expect(current.steps).toEqual([]);
    expect(current.run).toEqual(migrateRun(readFixtureSync("benchloop-2.run.json")));
    const old = await readRunFile(new URL(fixture("benchloop-1.run.json")).pathname);
    expect(old.from).toBe(1);
    expect(old.run).toEqual(migrateRun(readFixtureSync("benchloop-1.run.json")));
  });

  it("reads a run folder's run.json and a run.json path alike", async () => {
    const byFile = await readRunFile(new URL(fixture("benchloop-1.run.json")).pathname);
    expect(byFile.run.runId).toBe("20260301T101500Z-0a1b2c");
    const byFolder = await readRunFile(REAL_PLEBDEV_DIR);
    expect(byFolder.file).toBe(REAL_PLEBDEV_RUN);
    expect(byFolder.from).toBe("0.1.0");
  });

  it("reports a file that is not JSON as an invalid document naming the file", async () => {
    const path = new URL(fixture("../run-migrations.ts")).pathname;
    await expect(readRunFile(path)).rejects.toMatchObject({
      code: "DOCUMENT_INVALID",
      location: { file: path },
    });
  });
});

function readFixtureSync(name: string): unknown {
  return JSON.parse(readFileSync(fixture(name), "utf8"));
}

describe("migrateRun item validation", () => {
  it("lists the invalid fields of each bad item with its index, and leaves the caller's document alone", async () => {
    const doc = (await readFixture("benchloop-1.run.json")) as { items: Record<string, unknown>[] };
    doc.items[1]!.status = "great";
    const before = JSON.stringify(doc);
    const error = catchError(() => migrateRun(doc));
    expect(error.code).toBe("DOCUMENT_INVALID");
    expect((error.details!.issues as { path: string }[]).map((i) => i.path)).toEqual(["items[1].status"]);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("consume: lets go of the document's items as it validates them", async () => {
    const doc = (await readFixture("benchloop-2.run.json")) as { items: unknown[] };
    const expected = migrateRun(structuredClone(doc));
    expect(migrateRun(doc, undefined, { consume: true })).toEqual(expected);
    expect(doc.items).toEqual([undefined, undefined]);
  });
});
