// `benchloop import plebdev` and `benchloop show` on the real plebdev-bench run.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
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
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-show-"));
  const imported = await benchloop("import", "plebdev", PLEBDEV_RUN_DIR);
  expect(imported.err).toBe("");
  expect(imported.code).toBe(0);
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("benchloop import plebdev", () => {
  it("imports the real run into the results folder and says how to look at it", async () => {
    const again = await benchloop("import", "plebdev", path.join(PLEBDEV_RUN_DIR, "run.json"));
    expect(again.code).toBe(1);
    expect(again.err).toContain(`imported already as ${IMPORTED_ID}`);
  });
});

describe("benchloop show", () => {
  it("prints the header: id, time, duration, source, environment, plugins, cache, simulated, counts", async () => {
    const { code, out } = await benchloop("show", "latest");
    expect(code).toBe(0);
    expect(out.slice(0, out.indexOf("\n\n"))).toMatchInlineSnapshot(`
      "Run 20260125T201851Z-fbba6f  ✓ completed
        time       2026-01-25 20:18:51 UTC → 2026-01-26 00:07:18 UTC (3 h 48 min)
        source     imported from plebdev-bench run 20260125-121851-fbba6f
        machine    darwin
        software   bun 1.3.3 · benchloop 0.1.0
        plugins    none recorded
        cache      0 hits · 0 misses
        simulated  no
        items      408: ✓ 220 passed · ✗ 173 failed · ! 15 error · – 0 skipped
        pass@1     53.9% [49.1–58.7] (95% Wilson) · check rate 69.7% · median wall 18.3 s
        errors     crash 4 · empty_answer 1 · http_status 8 · timeout 1 · unknown 1"
    `);
  });

  it("prints a model → harness → test matrix with a column per pass type, symbols and words", async () => {
    const { out } = await benchloop(
      "show",
      IMPORTED_ID,
      "--filter",
      "model=functiongemma:latest",
      "--filter",
      "harness=ollama",
    );
    expect(out.slice(out.indexOf("\n\n") + 2)).toMatchInlineSnapshot(`
      "model                 harness  test                 blind                 informed
      ────────────────────  ───────  ───────────────────  ────────────────────  ───────────
      functiongemma:latest  ollama   calculator-basic     ✗ FAIL 0/16           ✗ FAIL 0/16
                                     calculator-stateful  ! ERROR empty_answer  ✗ FAIL 0/22
                                     smoke                ✗ FAIL 0/5            ✗ FAIL 0/5
                                     todo-app             ✗ FAIL 0/14           ✗ FAIL 0/14

      ✓ passed (every check)  ✗ failed (answered, checks failed)  ! error (a stage failed)  – skipped
      One item in full: benchloop show 20260125T201851Z-fbba6f --item '<model|harness|test|passType#repeat>'
      "
    `);
  });

  it("truncates long names with … and prints them in full with --wide", async () => {
    const narrow = await benchloop("show", IMPORTED_ID, "--filter", "model=ServiceNow*");
    expect(narrow.out).toContain("ServiceNow-AI/Apriel-1.6-15b-Th…");
    const wide = await benchloop("show", IMPORTED_ID, "--filter", "model=ServiceNow*", "--wide");
    expect(wide.out).not.toContain("…");
    expect(wide.out).toMatch(/ServiceNow-AI\/Apriel-1\.6-15b-Thinker\S*/);
  });

  it("--item: prints the answer, the checks, the failure, the timings, tokens and the judge", async () => {
    const { code, out } = await benchloop(
      "show",
      IMPORTED_ID,
      "--item",
      "qwen3-coder:30b|ollama|todo-app|blind#1",
    );
    expect(code).toBe(0);
    expect(out).toContain("Item qwen3-coder:30b|ollama|todo-app|blind#1  ✗ FAIL");
    expect(out).toContain("tokens     prompt 134 · completion 343");
    expect(out).toContain("\nAnswer\n  ```typescript\n  const createTodoApp = () => {");
    expect(out).toContain("Checks (plebdev-automated 0.1.0: 0 of 14 passed, score 0.0%)");
    expect(out).toContain(
      '! could not check the answer: missing_export: plebdev-bench export_validation: Failed to create instance from "createTodoApp"',
    );
    expect(out).toContain("openai/gpt-5.2: score 0.33 of 1 (raw 4 of 10) · latency 4.4 s");
    expect(out).toContain("provenance imported from run 20260125-121851-fbba6f, item 55");
  });

  it("--item: shows a failed generation's stage, type and message", async () => {
    const { out } = await benchloop("show", IMPORTED_ID, "--item", "qwen3:1.7b|ollama|todo-app|blind#1");
    expect(out).toContain("! ERROR timeout");
    expect(out).toContain("(no answer: the generation failed)");
    expect(out).toContain(
      "stage generate · type timeout · retryable\n  plebdev-bench timeout: Request timed out after 360s.",
    );
  });

  it("--item: an unknown key fails with similar keys and how to list them", async () => {
    const { code, err } = await benchloop("show", IMPORTED_ID, "--item", "qwen3:1.7b|ollama|todo-app");
    expect(code).toBe(1);
    expect(err).toContain(`run ${IMPORTED_ID} has no item with this key`);
    expect(err).toContain("qwen3:1.7b|ollama|todo-app|blind#1");
  });

  it("reads a plebdev-bench run.json directly through the migration chain", async () => {
    const { code, out } = await benchloop("show", path.join(PLEBDEV_RUN_DIR, "run.json"), "--json");
    expect(code).toBe(0);
    const run = JSON.parse(out) as { schemaVersion: number; items: unknown[] };
    expect(run.schemaVersion).toBe(2);
    expect(run.items).toHaveLength(408);
  });

  it("says which runs exist when the reference matches none", async () => {
    const { code, err } = await benchloop("show", "latest~5");
    expect(code).toBe(1);
    expect(err).toContain('No run matches "latest~5"');
  });
});
