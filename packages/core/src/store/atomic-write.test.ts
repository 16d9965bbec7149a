import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic, writeRunFile } from "./atomic-write.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "benchloop-atomic-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("atomic writes", () => {
  it("writeRunFile writes the run with one item per line, readable as the same JSON", () => {
    const file = path.join(dir, "run.json");
    for (const run of [
      {
        schemaVersion: 1,
        summary: { a: [1, 2], b: { c: "x\ny" } },
        items: [{ key: "a", nested: { list: [1, { z: null }] } }, { key: "b" }],
      },
      { schemaVersion: 1, items: [] },
      { items: [{ k: 1 }] },
    ]) {
      writeRunFile(file, run);
      const text = readFileSync(file, "utf8");
      expect(JSON.parse(text)).toEqual(run);
      expect(text.split("\n").filter((line) => line.startsWith("    {"))).toHaveLength(run.items.length);
    }
  });

  it("leaves no temp file behind", async () => {
    await writeFileAtomic(path.join(dir, "a.json"), "{}");
    writeRunFile(path.join(dir, "b.json"), { items: [] });
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json"]);
  });
});
