import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ItemResult } from "../results/item-result.js";
import { openItemJournal, readAppendedItems, readItemJournal } from "./item-journal.js";

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "benchloop-journal-"));
  file = path.join(dir, "items.jsonl");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function item(n: number, status: ItemResult["status"] = "passed"): ItemResult {
  return {
    key: `m|h|t-${n}|blind#1`,
    hash: `h${n}`,
    model: "m",
    harness: "h",
    test: `t-${n}`,
    testVersion: "1",
    passType: "blind",
    repeat: 1,
    status,
    startedAt: "2026-01-01T00:00:00.000Z",
    endedAt: "2026-01-01T00:00:00.000Z",
    attempts: 1,
    cache: "off",
    metrics: { wallMs: 1 },
  };
}

describe("the item journal", () => {
  it("reads back every appended line in order, with the key order as written", () => {
    const journal = openItemJournal(file);
    journal.append(item(1));
    journal.append(item(2, "failed"));
    journal.close();
    const read = readItemJournal(file);
    expect(read.items).toEqual([item(1), item(2, "failed")]);
    expect(JSON.stringify(read.items[0])).toBe(JSON.stringify(item(1)));
    expect(read.dropped).toEqual([]);
  });

  it("drops a torn last line and appends after the last complete one", () => {
    const journal = openItemJournal(file);
    journal.append(item(1));
    journal.close();
    appendFileSync(file, JSON.stringify(item(2)).slice(0, 25));
    const read = readItemJournal(file);
    expect(read.items.map((i) => i.test)).toEqual(["t-1"]);
    expect(read.dropped).toEqual([{ line: 2, reason: "torn" }]);
    const again = openItemJournal(file, { completeBytes: read.completeBytes });
    again.append(item(3));
    again.close();
    expect(readItemJournal(file)).toMatchObject({ dropped: [], items: [{ test: "t-1" }, { test: "t-3" }] });
    expect(readFileSync(file, "utf8").split("\n")).toHaveLength(3);
  });

  it("skips damaged lines in the middle, keeps the last result of a key, and never throws", () => {
    writeFileSync(
      file,
      `${JSON.stringify(item(1))}\nnot json\n${JSON.stringify({ key: "x" })}\n${JSON.stringify(item(1, "error"))}\n`,
    );
    const read = readItemJournal(file);
    expect(read.items).toEqual([item(1, "error")]);
    expect(read.dropped.map((d) => [d.line, d.reason])).toEqual([
      [2, "invalid-json"],
      [3, "invalid-item"],
    ]);
  });

  it("reads back what was appended after a byte offset: the last line of each key, torn lines left out", () => {
    writeFileSync(file, `${JSON.stringify(item(9))}\n`);
    const start = readFileSync(file).length;
    const journal = openItemJournal(file);
    journal.append(item(1));
    journal.append(item(2, "failed"));
    journal.append(item(1, "error"));
    journal.close();
    appendFileSync(file, JSON.stringify(item(3)).slice(0, 25));
    const read = readAppendedItems(file, start);
    expect([...read.keys()]).toEqual([item(1).key, item(2).key]);
    expect(read.get(item(1).key)).toEqual(item(1, "error"));
    expect(JSON.stringify(read.get(item(2).key))).toBe(JSON.stringify(item(2, "failed")));
  });

  it("reads back lines longer than its read chunk whole", () => {
    const long = { ...item(1), skipReason: "x".repeat(3 << 20) };
    const journal = openItemJournal(file);
    journal.append(item(2));
    journal.append(long);
    journal.append(item(3));
    journal.close();
    const read = readAppendedItems(file, 0);
    expect(read.get(long.key)).toEqual(long);
    expect([...read.keys()]).toEqual([item(2).key, item(1).key, item(3).key]);
  });

  it("reads a missing journal as empty", () => {
    expect(readItemJournal(path.join(dir, "none.jsonl"))).toEqual({
      items: [],
      dropped: [],
      completeBytes: 0,
    });
  });
});
