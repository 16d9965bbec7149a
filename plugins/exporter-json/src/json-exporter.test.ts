import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import {
  createRegistry,
  type ItemResult,
  ItemResultSchema,
  type Run,
  RunSchema,
  readRunFile,
  SILENT_LOGGER,
} from "@benchloop/core";
import { buildRepairRun } from "@benchloop/core/testing";
import { describe, expect, it } from "vitest";
import jsonExporterPlugin from "./index.js";
import { createJsonExporter } from "./json-exporter.js";
import { createJsonlExporter } from "./jsonl-exporter.js";

const REAL_PLEBDEV_DIR = new URL(
  "../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;

async function exportToText(
  exporter: ReturnType<typeof createJsonExporter>,
  runs: Run[],
  options: Record<string, unknown> = {},
): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  await exporter.export(
    { runs, options },
    { output, signal: new AbortController().signal, logger: SILENT_LOGGER },
  );
  output.end();
  return Buffer.concat(chunks).toString("utf8");
}

function smallRun(runId: string, items: Partial<ItemResult>[]): Run {
  return {
    schemaVersion: 2,
    runId,
    status: "completed",
    startedAt: "2026-03-01T00:00:00.000Z",
    endedAt: "2026-03-01T00:01:00.000Z",
    durationMs: 60_000,
    simulated: false,
    plugins: [],
    summary: {
      items: 0,
      passed: 0,
      failed: 0,
      error: 0,
      skipped: 0,
      errorsByType: {},
      cache: { hits: 0, misses: 0 },
      byModel: {},
      byHarness: {},
    },
    items: items.map((overrides, i) => ({
      key: `m|ollama|t${i}|blind#1`,
      hash: "h",
      model: "m",
      harness: "ollama",
      test: `t${i}`,
      testVersion: "1",
      passType: "blind",
      repeat: 1,
      status: "failed",
      startedAt: "2026-03-01T00:00:00.000Z",
      endedAt: "2026-03-01T00:00:01.000Z",
      attempts: 1,
      cache: "off",
      metrics: { wallMs: 10 },
      ...overrides,
    })),
  };
}

describe("json exporter", () => {
  it("writes an array of run.json documents that validate and equal the runs", async () => {
    const { run } = await readRunFile(REAL_PLEBDEV_DIR);
    const other = smallRun("20260301T000000Z-abcdef", [{}, {}]);
    const empty = smallRun("20260302T000000Z-abcdef", []);
    const parsed = JSON.parse(await exportToText(createJsonExporter(), [run, other, empty])) as unknown[];
    expect(parsed.map((doc) => RunSchema.parse(doc))).toEqual([run, other, empty]);
  });

  it("writes an empty array for no runs", async () => {
    expect(JSON.parse(await exportToText(createJsonExporter(), []))).toEqual([]);
  });
});

describe("jsonl exporter", () => {
  it("writes one full item result a line, with its run id and whether the run was simulated first", async () => {
    const { run } = await readRunFile(REAL_PLEBDEV_DIR);
    const lines = (await exportToText(createJsonlExporter(), [run])).trimEnd().split("\n");
    expect(lines).toHaveLength(408);
    const first = JSON.parse(lines[0]!) as { runId: string; simulated: boolean } & ItemResult;
    expect(Object.keys(first).slice(0, 2)).toEqual(["runId", "simulated"]);
    const { runId, simulated, ...item } = first;
    expect(runId).toBe(run.runId);
    expect(simulated).toBe(false);
    expect(ItemResultSchema.parse(item)).toEqual(run.items[0]);
  });

  it("writes each line as the text of { runId, simulated, ...item }, for every item of several runs", async () => {
    const { run } = await readRunFile(REAL_PLEBDEV_DIR);
    const other = { ...smallRun('20260301T000000Z-"quoted"', [{}, { suite: "s" }]), simulated: true };
    const text = await exportToText(createJsonlExporter(), [run, other]);
    const expected = [run, other].flatMap((r) =>
      r.items.map((item) => `${JSON.stringify({ runId: r.runId, simulated: r.simulated, ...item })}\n`),
    );
    expect(text).toContain('"simulated":true,"key"');
    expect(text).toBe(expected.join(""));
  });

  it("waits for a slow output, never leaving more than one chunk in its buffer", async () => {
    const run = smallRun(
      "20260301T000000Z-abcdef",
      Array.from({ length: 3000 }, () => ({})),
    );
    let written = "";
    let largestChunk = 0;
    let maxPending = 0;
    const output = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString("utf8");
        largestChunk = Math.max(largestChunk, chunk.length);
        maxPending = Math.max(maxPending, output.writableLength);
        setImmediate(callback);
      },
    });
    await createJsonlExporter().export(
      { runs: [run], options: {} },
      { output, signal: new AbortController().signal, logger: SILENT_LOGGER },
    );
    expect(written.trimEnd().split("\n")).toHaveLength(3000);
    expect(maxPending).toBeLessThanOrEqual(largestChunk);
  });

  it("fails the export when the output fails", async () => {
    const run = smallRun(
      "20260301T000000Z-abcdef",
      Array.from({ length: 3000 }, () => ({})),
    );
    const output = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        setImmediate(() => callback(new Error("disk full")));
      },
    });
    output.on("error", () => {});
    await expect(
      createJsonlExporter().export(
        { runs: [run], options: {} },
        { output, signal: new AbortController().signal, logger: SILENT_LOGGER },
      ),
    ).rejects.toThrow("disk full");
  });

  it("columns: writes flat rows with the same keys on every line, absent values as null", async () => {
    const run = smallRun("20260301T000000Z-abcdef", [{ metrics: { wallMs: 5, ttftMs: 2 } }, {}]);
    const text = await exportToText(createJsonlExporter(), [run], { columns: ["key", "ttftMs", "passed"] });
    expect(text).toBe(
      '{"key":"m|ollama|t0|blind#1","ttftMs":2,"passed":false}\n{"key":"m|ollama|t1|blind#1","ttftMs":null,"passed":false}\n',
    );
  });

  it("registers json and jsonl exporters", () => {
    const registry = createRegistry();
    registry.addPlugin(jsonExporterPlugin, "0.1.0");
    expect(registry.list("exporter").map((e) => [e.id, e.options.extension])).toEqual([
      ["json", "json"],
      ["jsonl", "jsonl"],
    ]);
  });
});

describe("json and jsonl exporters with repair", () => {
  it("carry pass@2, the cost of repair and each item's repair rounds through a run.json read from disk", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "benchloop-json-repair-"));
    try {
      const built = buildRepairRun({
        runId: "20260301T000000Z-repair",
        models: [{ model: "fixer", outcomes: "111111222x" }],
      });
      await writeFile(path.join(dir, "run.json"), JSON.stringify(built));
      const { run } = await readRunFile(dir);
      const [exported] = (JSON.parse(await exportToText(createJsonExporter(), [run])) as unknown[]).map((r) =>
        RunSchema.parse(r),
      );
      const fixer = exported!.summary.byModel.fixer!;
      expect(fixer.passAt1!.estimate).toBe(0.6);
      expect(fixer.passAt2!.estimate).toBe(0.9);
      expect(fixer.passAt2!.lower).toBeCloseTo(0.5958, 4);
      expect(fixer.repair).toEqual({ repaired: 3, attempted: 4, extraTokens: 2000, extraWallMs: 8000 });
      expect(exported!.items.map((i) => i.passedAtAttempt)).toEqual([1, 1, 1, 1, 1, 1, 2, 2, 2, undefined]);
      expect(exported!.items[6]!.repairs![0]).toMatchObject({ attempt: 2, status: "passed" });

      const lines = (
        await exportToText(createJsonlExporter(), [run], {
          columns: ["test", "passedAtAttempt", "repairTokens"],
        })
      )
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines[0]).toEqual({ test: "t01", passedAtAttempt: 1, repairTokens: null });
      expect(lines[6]).toEqual({ test: "t07", passedAtAttempt: 2, repairTokens: 500 });
      expect(lines[9]).toEqual({ test: "t10", passedAtAttempt: null, repairTokens: 500 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
