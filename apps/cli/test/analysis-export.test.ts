// `benchloop export`: the imported real run as CSV (parsed back by papaparse), JSON, JSONL and Markdown.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createExportRowMapper, EXPORT_COLUMNS, ItemResultSchema, RunSchema, readRun } from "@benchloop/core";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

const PLEBDEV_RUN_DIR = new URL(
  "../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;
const IMPORTED_ID = "20260125T201851Z-fbba6f";

let cwd: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-export-"));
  expect((await benchloop("import", "plebdev", PLEBDEV_RUN_DIR)).code).toBe(0);
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("benchloop export", () => {
  it("--format csv writes 408 data rows that papaparse reads back to the run's values", async () => {
    const { code, err } = await benchloop("export", "latest", "--format", "csv", "--out", "run.csv");
    expect(code).toBe(0);
    expect(err).toBe("✓ Exported 408 items of 1 run as csv to run.csv\n");
    const parsed = Papa.parse<Record<string, string>>(await readFile(path.join(cwd, "run.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.data).toHaveLength(408);
    const run = await readRun(path.join(cwd, "results", IMPORTED_ID));
    const toRow = createExportRowMapper();
    const expected = run.items.map((item) =>
      Object.fromEntries(
        toRow(item, run).map((cell, i) => [EXPORT_COLUMNS[i]!, cell === undefined ? "" : String(cell)]),
      ),
    );
    expect(parsed.data).toEqual(expected);
  });

  it("--columns and --filter narrow the CSV", async () => {
    const { out } = await benchloop(
      "export",
      IMPORTED_ID,
      "--format",
      "csv",
      "--columns",
      "key,status,checksPassed,checksTotal,judgeScore",
      "--filter",
      "model=qwen3:1.7b",
      "--filter",
      "harness=ollama",
    );
    expect(out).toMatchInlineSnapshot(`
      "key,status,checksPassed,checksTotal,judgeScore
      qwen3:1.7b|ollama|smoke|blind#1,passed,6,6,1
      qwen3:1.7b|ollama|smoke|informed#1,passed,6,6,1
      qwen3:1.7b|ollama|calculator-basic|blind#1,failed,0,20,0.3333333333333333
      qwen3:1.7b|ollama|calculator-basic|informed#1,passed,20,20,1
      qwen3:1.7b|ollama|calculator-stateful|blind#1,failed,12,23,0
      qwen3:1.7b|ollama|calculator-stateful|informed#1,passed,23,23,0.8888888888888888
      qwen3:1.7b|ollama|todo-app|blind#1,error,,,
      qwen3:1.7b|ollama|todo-app|informed#1,failed,0,14,0.4444444444444444
      "
    `);
  });

  it("--format jsonl writes one item result a line, to stdout", async () => {
    const { code, out } = await benchloop("export", IMPORTED_ID, "--format", "jsonl");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(408);
    const { runId, simulated, ...item } = JSON.parse(lines[0]!);
    expect(runId).toBe(IMPORTED_ID);
    expect(simulated).toBe(false);
    expect(ItemResultSchema.safeParse(item).success).toBe(true);
  });

  it("--format json writes run.json documents of every run named", async () => {
    const { out } = await benchloop(
      "export",
      IMPORTED_ID,
      "latest",
      "--format",
      "json",
      "--filter",
      "status=error",
    );
    const runs = (JSON.parse(out) as unknown[]).map((doc) => RunSchema.parse(doc));
    expect(runs).toHaveLength(2);
    expect(runs[0]!.items).toHaveLength(15);
    expect(runs[0]!.summary).toMatchObject({ items: 15, error: 15, passed: 0 });
  });

  it("--format markdown writes summary tables", async () => {
    const { out } = await benchloop(
      "export",
      IMPORTED_ID,
      "--format",
      "markdown",
      "--filter",
      "model=gpt-oss:20b",
    );
    expect(out).toContain(`## Run ${IMPORTED_ID}`);
    expect(out).toContain("| gpt-oss:20b | ollama | 8 | 7 | 1 | 0 | 0 |");
  });

  it("refuses an unknown format and lists the installed ones", async () => {
    const { code, err } = await benchloop("export", IMPORTED_ID, "--format", "xlsx");
    expect(code).toBe(1);
    expect(err).toContain("Unknown export format: xlsx (from --format).");
    expect(err).toMatch(/Valid export formats: (.*, )?csv, (.*, )?json, jsonl, markdown/);
  });

  it("refuses --columns for a format without columns, and unknown column names", async () => {
    const json = await benchloop("export", IMPORTED_ID, "--format", "json", "--columns", "key");
    expect(json.code).toBe(1);
    expect(json.err).toContain("the json exporter does not take columns");
    const unknown = await benchloop("export", IMPORTED_ID, "--format", "csv", "--columns", "key,colour");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("Unknown export column: colour (from --columns).");
  });
});
