import { PassThrough, Writable } from "node:stream";
import {
  createExportRowMapper,
  createRegistry,
  EXPORT_COLUMNS,
  type ItemResult,
  type Run,
  readRunFile,
  SILENT_LOGGER,
} from "@benchloop/core";
import { buildRepairRun } from "@benchloop/core/testing";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createCsvExporter } from "./csv-exporter.js";
import csvExporterPlugin from "./index.js";

const REAL_PLEBDEV_DIR = new URL(
  "../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;

async function exportToText(runs: Run[], options: Record<string, unknown> = {}): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  await createCsvExporter().export(
    { runs, options },
    { output, signal: new AbortController().signal, logger: SILENT_LOGGER },
  );
  output.end();
  return Buffer.concat(chunks).toString("utf8");
}

function parse(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function item(overrides: Partial<ItemResult>): ItemResult {
  return {
    key: "m|ollama|smoke|blind#1",
    hash: "h",
    model: "m",
    harness: "ollama",
    test: "smoke",
    testVersion: "1",
    passType: "blind",
    repeat: 1,
    status: "passed",
    startedAt: "2026-03-01T00:00:00.000Z",
    endedAt: "2026-03-01T00:00:01.000Z",
    attempts: 1,
    cache: "off",
    metrics: { wallMs: 1000 },
    ...overrides,
  };
}

function run(items: ItemResult[]): Run {
  return {
    schemaVersion: 2,
    runId: "20260301T000000Z-abcdef",
    status: "completed",
    startedAt: "2026-03-01T00:00:00.000Z",
    endedAt: "2026-03-01T00:01:00.000Z",
    durationMs: 60_000,
    simulated: true,
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
    items,
  };
}

describe("csv exporter", () => {
  it("writes the real 408-item plebdev-bench run as 408 rows that papaparse reads back to the same values", async () => {
    const { run: imported } = await readRunFile(REAL_PLEBDEV_DIR);
    const rows = parse(await exportToText([imported]));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows).toHaveLength(1 + 408);
    const toRow = createExportRowMapper();
    const expected = imported.items.map((i) =>
      toRow(i, imported).map((cell) => (cell === undefined ? "" : String(cell))),
    );
    expect(rows.slice(1)).toEqual(expected);
  });

  it("says in its simulated column whether each row comes from a simulated run", async () => {
    const { run: imported } = await readRunFile(REAL_PLEBDEV_DIR);
    const simulated = run([item({})]);
    const rows = parse(await exportToText([imported, simulated]));
    const column = rows[0]!.indexOf("simulated");
    expect(column).toBeGreaterThan(0);
    expect(rows[1]![column]).toBe("false");
    expect(rows.at(-1)![column]).toBe("true");
  });

  it("quotes answers with commas, quotes, line breaks and edge spaces per RFC 4180", async () => {
    const answer = 'const a = "x, y";\r\nconst b = 1;\n  // indented, "quoted"  ';
    const text = await exportToText(
      [run([item({ generation: { text: answer, tokens: {}, timing: { wallMs: 5 } } })])],
      { columns: ["key", "answer"] },
    );
    expect(text).toBe(
      `key,answer\r\nm|ollama|smoke|blind#1,"const a = ""x, y"";\r\nconst b = 1;\n  // indented, ""quoted""  "\r\n`,
    );
    expect(parse(text)[1]).toEqual(["m|ollama|smoke|blind#1", answer]);
  });

  it("writes numbers and booleans unformatted and absent values as empty fields", async () => {
    const text = await exportToText(
      [run([item({ metrics: { wallMs: 1234.5678, decodeTokensPerSec: 0.000001 } })])],
      {
        columns: ["passed", "wallMs", "decodeTokensPerSec", "ttftMs", "checkRate"],
      },
    );
    expect(parse(text)).toEqual([
      ["passed", "wallMs", "decodeTokensPerSec", "ttftMs", "checkRate"],
      ["true", "1234.5678", "0.000001", "", ""],
    ]);
  });

  it("columns: refuses an unknown column and names the valid ones", async () => {
    await expect(exportToText([run([item({})])], { columns: ["model", "colour"] })).rejects.toMatchObject({
      code: "NAME_UNKNOWN",
      message: expect.stringContaining("colour"),
    });
  });

  it("waits for a slow output instead of buffering every row", async () => {
    const items = Array.from({ length: 3000 }, (_, i) =>
      item({ key: `m|ollama|t${i}|blind#1`, test: `t${i}` }),
    );
    let written = "";
    let maxPending = 0;
    const output = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.toString("utf8");
        maxPending = Math.max(maxPending, output.writableLength);
        setImmediate(callback);
      },
    });
    await createCsvExporter().export(
      { runs: [run(items)], options: { columns: ["key"] } },
      { output, signal: new AbortController().signal, logger: SILENT_LOGGER },
    );
    expect(parse(written)).toHaveLength(3001);
    // Never more than one 500-row chunk waits in the stream's buffer.
    expect(maxPending).toBeLessThan(500 * 40);
  });

  it("registers the csv exporter with its extension", () => {
    const registry = createRegistry();
    registry.addPlugin(csvExporterPlugin, "0.1.0");
    expect(registry.list("exporter").map((e) => [e.id, e.options.extension])).toEqual([["csv", "csv"]]);
  });
});

describe("csv exporter with repair", () => {
  it("keeps every earlier column in place and adds the repair columns at the end", async () => {
    const repaired = buildRepairRun({
      runId: "20260301T000000Z-repair",
      models: [{ model: "fixer", outcomes: "12x" }],
    });
    const rows = parse(await exportToText([repaired]));
    const header = rows[0]!;
    expect(header.slice(0, header.indexOf("timingFromRun") + 1)).toEqual(
      EXPORT_COLUMNS.slice(0, EXPORT_COLUMNS.indexOf("timingFromRun") + 1),
    );
    expect(header.slice(header.indexOf("timingFromRun") + 1)).toEqual([
      "passedAtAttempt",
      "repairAttempts",
      "repairStatus",
      "repairTokens",
      "repairWallMs",
      "repairUnsupported",
    ]);
    const at = (row: string[], name: string) => row[header.indexOf(name)];
    const [first, second, third] = rows.slice(1);
    expect([at(first!, "status"), at(first!, "passedAtAttempt"), at(first!, "repairAttempts")]).toEqual([
      "passed",
      "1",
      "",
    ]);
    expect(
      ["status", "passed", "passedAtAttempt", "repairStatus", "repairTokens", "repairWallMs"].map((n) =>
        at(second!, n),
      ),
    ).toEqual(["failed", "false", "2", "passed", "500", "2000"]);
    expect(["passedAtAttempt", "repairStatus"].map((n) => at(third!, n))).toEqual(["", "failed"]);
  });
});
