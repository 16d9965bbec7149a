import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readRunFile } from "./read-run-file.js";
import { migrateRun } from "./run-migrations.js";

const REAL_PLEBDEV_RUN = new URL(
  "../../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f/run.json",
  import.meta.url,
).pathname;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "benchloop-read-run-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A current run.json text with the real run's items repeated `copies` times (unique keys). */
function bigRunText(copies: number, indent?: number): string {
  const run = migrateRun(JSON.parse(readFileSync(REAL_PLEBDEV_RUN, "utf8")));
  const items = Array.from({ length: copies }, (_, copy) =>
    run.items.map((item) => ({ ...item, key: `${item.key}#copy${copy}` })),
  ).flat();
  return JSON.stringify({ ...run, items }, null, indent);
}

async function write(text: string): Promise<string> {
  const file = path.join(dir, "run.json");
  await writeFile(file, text);
  return file;
}

describe("readRunFile (current runs, read item by item from the bytes)", () => {
  it.each([
    ["compact", undefined],
    ["pretty-printed", 2],
  ])("reads a %s run of several MB exactly as JSON.parse and zod do", async (_name, indent) => {
    const text = bigRunText(8, indent);
    expect(text.length).toBeGreaterThan(3 << 20);
    const { run, from, steps } = await readRunFile(await write(text));
    expect(from).toBe(2);
    expect(steps).toEqual([]);
    const expected = migrateRun(JSON.parse(text));
    expect(run.items).toHaveLength(8 * 408);
    // Same values with keys in the same order.
    expect(JSON.stringify(run)).toBe(JSON.stringify(expected));
    expect(run).toStrictEqual(expected);
  });

  it("names the file and each invalid item's index and field, and counts the rest", async () => {
    const doc = JSON.parse(bigRunText(4)) as { items: Record<string, unknown>[] };
    doc.items[3]!.status = "great";
    (doc.items[1500]!.metrics as Record<string, unknown>).wallMs = -5;
    doc.items[1501]!.colour = "red";
    for (let i = 1600; i < 1625; i++) delete doc.items[i]!.hash;
    const file = await write(JSON.stringify(doc));
    const error = await readRunFile(file).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "DOCUMENT_INVALID", location: { file } });
    const issues = (error as { details: { issues: { path: string; message: string }[] } }).details.issues;
    expect(issues.slice(0, 4).map((i) => i.path)).toEqual([
      "items[3].status",
      "items[1500].metrics.wallMs",
      "items[1501].colour",
      "items[1600].hash",
    ]);
    expect(issues.at(-1)).toEqual({ path: "items", message: "8 more items are invalid too" });
  });
});
