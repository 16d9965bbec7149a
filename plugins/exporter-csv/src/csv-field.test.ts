import { createExportRowMapper, type ExportCell, readRunFile } from "@benchloop/core";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsvField, toCsvRow } from "./csv-field.js";

const REAL_PLEBDEV_DIR = new URL(
  "../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;

/** What papaparse writes for these rows with the exporter's options. */
function unparse(rows: (ExportCell | null)[][]): string {
  return Papa.unparse(rows, { newline: "\r\n", header: false });
}

const TRICKY_STRINGS = [
  "",
  " ",
  "  ",
  "plain",
  "a,b",
  'say "hi"',
  '"',
  '""',
  "line\nbreak",
  "line\r\nbreak",
  "cr\ronly",
  "\ufeffbom first",
  "bom \ufeff inside",
  " leading",
  "trailing ",
  "\ttab\t",
  "é — ✓ 😀",
  "=1+2",
  "-1",
  "null",
  "undefined",
  "a\u2028b",
];

/** Strings drawn from an alphabet of the characters that matter, with a fixed seed. */
function randomStrings(count: number): string[] {
  const alphabet = ['"', ",", " ", "\r", "\n", "\ufeff", "a", "\t", "é", "'", ";"];
  let state = 7;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 8);
    let text = "";
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

describe("toCsvField", () => {
  it.each(TRICKY_STRINGS.map((text) => [JSON.stringify(text), text]))(
    "quotes %s exactly as papaparse does",
    (_name, text) => {
      expect(toCsvField(text)).toBe(unparse([[text]]));
    },
  );

  it("quotes 2,000 random strings of commas, quotes, spaces, line breaks and BOMs as papaparse does", () => {
    for (const text of randomStrings(2000))
      expect([text, toCsvField(text)]).toEqual([text, unparse([[text]])]);
  });

  it("writes numbers, booleans and absent values as papaparse does", () => {
    const cells = [
      0,
      -0,
      1,
      -1.5,
      1234.5678,
      0.000001,
      1e21,
      2 ** 53 + 2,
      Number.NaN,
      true,
      false,
      undefined,
      null,
    ];
    expect(toCsvRow(cells)).toBe(unparse([cells]));
  });
});

describe("toCsvRow", () => {
  it("writes every row of the real plebdev-bench run exactly as papaparse does", async () => {
    const { run } = await readRunFile(REAL_PLEBDEV_DIR);
    const toRow = createExportRowMapper();
    const rows = run.items.map((item) => toRow(item, run));
    expect(rows.map(toCsvRow).join("\r\n")).toBe(unparse(rows));
  });
});
