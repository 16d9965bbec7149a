import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { ItemResult } from "../results/item-result.js";
import { buildRepairRun } from "../testing/repair-run.js";
import { createExportRowMapper, EXPORT_COLUMNS, EXPORT_COLUMNS_VERSION } from "./export-row.js";
import { parseItemFilter, toItemPredicate } from "./item-filter.js";

const DOCS = new URL("../../../../docs/export.md", import.meta.url);

const item: ItemResult = {
  key: "m|ollama|smoke|blind#1",
  hash: "h",
  model: "m",
  harness: "ollama",
  test: "smoke",
  testVersion: "1",
  passType: "blind",
  repeat: 1,
  status: "failed",
  startedAt: "2026-03-01T00:00:00.000Z",
  endedAt: "2026-03-01T00:00:01.000Z",
  attempts: 1,
  cache: "miss",
  score: {
    scorer: "code",
    scorerVersion: "1",
    passed: false,
    value: 0.5,
    checks: [
      { name: "a", passed: true },
      { name: "b", passed: false },
    ],
  },
  metrics: { wallMs: 1000 },
};

describe("export columns", () => {
  it("are the documented, versioned list (a change here is a versioned change)", () => {
    expect(EXPORT_COLUMNS_VERSION).toBe(1);
    expect(EXPORT_COLUMNS).toMatchInlineSnapshot(`
      [
        "runId",
        "key",
        "model",
        "modelDigest",
        "harness",
        "test",
        "testVersion",
        "suite",
        "passType",
        "repeat",
        "status",
        "passed",
        "checksPassed",
        "checksTotal",
        "checkRate",
        "scorer",
        "scorerVersion",
        "judgeStatus",
        "judgeModel",
        "judgeScore",
        "failureStage",
        "failureType",
        "failureMessage",
        "scoreFailureType",
        "wallMs",
        "generationWallMs",
        "ttftMs",
        "loadMs",
        "promptTokens",
        "completionTokens",
        "reasoningTokens",
        "decodeTokensPerSec",
        "prefillTokensPerSec",
        "doneReason",
        "cache",
        "attempts",
        "peakRssBytes",
        "peakVramBytes",
        "startedAt",
        "endedAt",
        "answer",
        "simulated",
        "timingReplayed",
        "timingFromRun",
        "passedAtAttempt",
        "repairAttempts",
        "repairStatus",
        "repairTokens",
        "repairWallMs",
        "repairUnsupported",
      ]
    `);
  });

  it("are listed in docs/export.md in the same order", async () => {
    const docs = await readFile(DOCS, "utf8");
    const section = docs.slice(docs.indexOf("## Columns"), docs.indexOf("\nValues:"));
    const documented = [...section.matchAll(/^\| `([A-Za-z]+)` *\|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...EXPORT_COLUMNS]);
  });

  it("map an item to unformatted cells, absent values undefined", () => {
    const toRow = createExportRowMapper([
      "runId",
      "passed",
      "checksPassed",
      "checksTotal",
      "checkRate",
      "ttftMs",
      "cache",
      "simulated",
    ]);
    expect(toRow(item, { runId: "R", simulated: false })).toEqual([
      "R",
      false,
      1,
      2,
      0.5,
      undefined,
      "miss",
      false,
    ]);
    expect(createExportRowMapper(["simulated"])(item, { runId: "R", simulated: true })).toEqual([true]);
  });

  it("say when the timings were replayed from the cache, and which run measured them", () => {
    const toRow = createExportRowMapper(["wallMs", "timingReplayed", "timingFromRun"]);
    expect(toRow(item, { runId: "R", simulated: false })).toEqual([item.metrics.wallMs, false, undefined]);
    const replayed = {
      ...item,
      cache: "hit" as const,
      metrics: { ...item.metrics, replayed: { fromRun: "R0" } },
    };
    expect(toRow(replayed, { runId: "R", simulated: false })).toEqual([item.metrics.wallMs, true, "R0"]);
    // A cache hit of a run written before the mark existed still counts as replayed.
    expect(toRow({ ...item, cache: "hit" }, { runId: "R", simulated: false })).toEqual([
      item.metrics.wallMs,
      true,
      undefined,
    ]);
  });

  it("refuse unknown names and list the valid ones", () => {
    expect(() => createExportRowMapper(["key", "colour"])).toThrow(
      expect.objectContaining({
        code: "NAME_UNKNOWN",
        message: "Unknown export column: colour (from --columns).",
      }),
    );
  });
});

describe("parseItemFilter", () => {
  it("ANDs fields, ORs values and matches * as a wildcard", () => {
    const keep = toItemPredicate(parseItemFilter(["model=x,m*", "status=failed"]));
    expect(keep(item)).toBe(true);
    expect(keep({ ...item, status: "passed" })).toBe(false);
    expect(keep({ ...item, model: "other" })).toBe(false);
  });

  it.each([
    ["field: unknown", "colour=red", 'colour" is not a field'],
    ["value: missing", "model=", "is not of the form field=value"],
    ["form: no equals sign", "model", "is not of the form field=value"],
  ])("%s", (_name, expression, message) => {
    expect(() => parseItemFilter([expression])).toThrow(
      expect.objectContaining({ code: "ARGUMENT_INVALID", message: expect.stringContaining(message) }),
    );
  });
});

describe("repair columns", () => {
  const run = buildRepairRun({ runId: "r", models: [{ model: "m", outcomes: "12xuf" }] });
  const toRow = createExportRowMapper([
    "test",
    "status",
    "passed",
    "passedAtAttempt",
    "repairAttempts",
    "repairStatus",
    "repairTokens",
    "repairWallMs",
    "repairUnsupported",
  ]);

  it("say at which attempt an item passed and what its repair rounds did and cost", () => {
    expect(run.items.map((i) => toRow(i, run))).toEqual([
      ["t01", "passed", true, 1, undefined, undefined, undefined, undefined, undefined],
      ["t02", "failed", false, 2, 1, "passed", 500, 2000, undefined],
      ["t03", "failed", false, undefined, 1, "failed", 500, 2000, undefined],
      [
        "t04",
        "failed",
        false,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        "the harness cannot hold a conversation",
      ],
      ["t05", "failed", false, undefined, undefined, undefined, undefined, undefined, undefined],
    ]);
  });
});
