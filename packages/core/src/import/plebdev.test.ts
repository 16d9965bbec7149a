import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PlanSchema } from "../plan/plan-schema.js";
import { ItemResultSchema } from "../results/item-result.js";
import { RunSchema } from "../results/run-schema.js";
import { listRuns } from "../store/run-index.js";
import { importPlebdevRun } from "./plebdev.js";

const REAL_PLEBDEV_DIR = new URL(
  "../../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;
const FIXTURES = new URL("../migrations/fixtures/", import.meta.url).pathname;

let resultsDir: string;
beforeEach(async () => {
  resultsDir = await mkdtemp(join(tmpdir(), "benchloop-import-"));
});
afterEach(async () => {
  await rm(resultsDir, { recursive: true, force: true });
});

describe("importPlebdevRun", () => {
  it("writes a run folder whose run.json, plan.json and items.jsonl match the schemas and each other", async () => {
    const { run, dir } = await importPlebdevRun({ source: REAL_PLEBDEV_DIR, resultsDir });
    expect(dir).toBe(join(resultsDir, "20260125T201851Z-fbba6f"));
    const runJson = RunSchema.parse(JSON.parse(await readFile(join(dir, "run.json"), "utf8")));
    const plan = PlanSchema.parse(JSON.parse(await readFile(join(dir, "plan.json"), "utf8")));
    const lines = (await readFile(join(dir, "items.jsonl"), "utf8")).trimEnd().split("\n");
    const journal = lines.map((line) => ItemResultSchema.parse(JSON.parse(line)));
    expect(runJson).toEqual(run);
    expect(listRuns(resultsDir).map((r) => r.runId)).toEqual([run.runId]);
    expect(journal).toEqual(run.items);
    expect(plan.items.map((i) => i.key)).toEqual(run.items.map((i) => i.key));
    expect(plan.runId).toBe(run.runId);
    expect(plan.models).toHaveLength(17 * 3);
    expect(plan.tests.map((t) => t.id)).toEqual([
      "calculator-basic",
      "calculator-stateful",
      "smoke",
      "todo-app",
    ]);
    expect(plan.environment).toMatchObject({ os: "darwin", node: "bun 1.3.3" });
    expect(plan.writtenConfig).toMatchObject({
      importedFrom: "plebdev-bench",
      config: { generateTimeoutMs: 300000 },
    });
  });

  it("records where the run came from", async () => {
    const { run } = await importPlebdevRun({ source: join(REAL_PLEBDEV_DIR, "run.json"), resultsDir });
    expect(run.provenance).toEqual({
      kind: "import",
      fromRuns: ["20260125-121851-fbba6f"],
      tool: "plebdev-bench",
    });
    expect(run.items[407]!.provenance).toEqual({
      kind: "import",
      fromRun: "20260125-121851-fbba6f",
      itemKey: "408",
    });
  });

  it("refuses to import the same run twice and names the existing run", async () => {
    await importPlebdevRun({ source: REAL_PLEBDEV_DIR, resultsDir });
    await expect(importPlebdevRun({ source: REAL_PLEBDEV_DIR, resultsDir })).rejects.toMatchObject({
      code: "ARGUMENT_INVALID",
      message: expect.stringContaining("imported already as 20260125T201851Z-fbba6f"),
    });
  });

  it("refuses a benchloop run.json, which needs no import", async () => {
    await expect(
      importPlebdevRun({ source: join(FIXTURES, "benchloop-1.run.json"), resultsDir }),
    ).rejects.toMatchObject({
      code: "ARGUMENT_INVALID",
    });
  });
});

describe("importPlebdevRun on a path that holds no run", () => {
  it("a missing path is an argument error naming the path", async () => {
    const missing = join(resultsDir, "no-such-run");
    const error = await importPlebdevRun({ source: missing, resultsDir }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "ARGUMENT_INVALID", expected: true });
    expect((error as Error).message).toContain(missing);
    expect((error as Error).message).toContain("does not exist");
  });

  it("an empty folder is an argument error naming the run.json it looked for", async () => {
    const empty = await mkdtemp(join(tmpdir(), "benchloop-import-empty-"));
    try {
      const error = await importPlebdevRun({ source: empty, resultsDir }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "ARGUMENT_INVALID", expected: true });
      expect((error as Error).message).toContain(join(empty, "run.json"));
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
