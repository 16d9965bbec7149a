// `benchloop compare`: an imported run against a rescore of itself and against modified copies; the
// terminal, Markdown and JSON outputs are pinned by snapshots.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  claimRunFolder,
  createRunStore,
  type ItemResult,
  type Plan,
  type Run,
  readPlan,
  readRun,
  summarizeRun,
  writeRunFolder,
} from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../src/testing/run-in-process.js";

const PLEBDEV_RUN_DIR = new URL(
  "../../../fixtures/external/plebdev-bench/20260125-121851-fbba6f",
  import.meta.url,
).pathname;
const SLICE = new URL(
  "../../../packages/core/src/migrations/fixtures/plebdev-0.1.0.run.json",
  import.meta.url,
).pathname;
const IMPORTED_ID = "20260125T201851Z-fbba6f";

let cwd: string;
let resultsDir: string;

const benchloop = (...args: string[]) => runInProcess(cwd, ...args);

/** Writes a copy of `source` as a new run whose items went through `modify` (undefined drops an item). */
async function writeModifiedRun(
  source: { run: Run; plan: Plan },
  runId: string,
  modify: (item: ItemResult) => ItemResult | ItemResult[] | undefined,
): Promise<void> {
  const items = source.run.items.flatMap((item) => modify(structuredClone(item)) ?? []);
  const run: Run = { ...source.run, runId, provenance: undefined, summary: summarizeRun(items), items };
  const plan: Plan = {
    ...source.plan,
    runId,
    items: items.map(({ key, hash, model, harness, test, passType, repeat }) => ({
      key,
      hash,
      model,
      harness,
      test,
      passType,
      repeat,
    })),
  };
  const store = createRunStore({ resultsDir, runId });
  await claimRunFolder(store);
  await writeRunFolder(store, { run, plan });
}

function fail(item: ItemResult, value = 0.5): ItemResult {
  return { ...item, status: "failed", score: { ...item.score!, passed: false, value } };
}

beforeAll(async () => {
  cwd = await mkdtemp(path.join(tmpdir(), "benchloop-compare-"));
  resultsDir = path.join(cwd, "results");
  expect((await benchloop("import", "plebdev", PLEBDEV_RUN_DIR)).code).toBe(0);
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe("benchloop compare", () => {
  it("compares the imported run with a rescore of itself by the coding catalog", async () => {
    const rescored = await benchloop("rescore", IMPORTED_ID, "--filter", "model=gpt-oss:20b");
    expect(rescored.err).toBe("");
    expect(rescored.code).toBe(0);
    expect(rescored.out).toMatch(
      /^✓ Re-scored 24 of 408 items of 20260125T201851Z-fbba6f into \d{8}T\d{6}Z-[0-9a-f]{6}\n/,
    );
    const { code, out } = await benchloop("compare", IMPORTED_ID, "latest", "--json");
    expect(code).toBe(0);
    const comparison = JSON.parse(out);
    expect(comparison).toMatchObject({
      matched: 408,
      compared: 408,
      onlyInA: [],
      onlyInB: [],
      skipped: [],
      incomparable: [],
    });
    // Only the 24 re-scored answers can differ; the copied items are the same facts.
    const changed = [...comparison.topRegressions, ...comparison.topImprovements].map(
      (c: { key: string }) => c.key,
    );
    expect(changed.every((key: string) => key.startsWith("gpt-oss:20b|"))).toBe(true);
    const table = await benchloop(
      "compare",
      IMPORTED_ID,
      "latest",
      "--filter",
      "model=gpt-oss:20b",
      "--group-by",
      "harness",
    );
    expect(table.out).toContain(
      "matched 24 · compared 24 · only in A 0 · only in B 0 · skipped 0 · not comparable 0",
    );
  }, 120_000);

  describe("against a modified copy", () => {
    beforeAll(async () => {
      const imported = await benchloop("import", "plebdev", SLICE, "--results-dir", path.join(cwd, "slice"));
      expect(imported.code).toBe(0);
      const dir = path.join(cwd, "slice", IMPORTED_ID);
      const source = { run: await readRun(dir), plan: await readPlan(dir) };
      await writeModifiedRun(source, "20260301T000000Z-00000b", (item) => {
        const id = item.provenance?.itemKey;
        if (id === "01") return fail(item, 0.5); // passed → failed
        if (id === "05")
          return { ...item, status: "passed", score: { ...item.score!, passed: true, value: 1 } }; // failed → passed
        if (id === "55") return { ...item, testVersion: "2.0.0" }; // not comparable
        if (id === "149") return undefined; // only in A
        if (id === "33") return [item, { ...item, key: item.key.replace("#1", "#2"), repeat: 2 }]; // + only in B
        return item;
      });
    });

    it("prints a terminal table with matching counts, warnings, verdicts and top changes", async () => {
      const { code, out } = await benchloop(
        "compare",
        path.join(cwd, "slice", IMPORTED_ID),
        "20260301T000000Z-00000b",
        "--group-by",
        "harness",
      );
      expect(code).toBe(0);
      expect(out).toMatchInlineSnapshot(`
        "Compare A 20260125T201851Z-fbba6f (2026-01-25 20:18:51 UTC) → B 20260301T000000Z-00000b (2026-01-25 20:18:51 UTC)
          matched 8 · compared 7 · only in A 1 · only in B 1 · skipped 0 · not comparable 1
          grouped by harness · filter none

        ! 1 matched item(s) cannot be compared and are left out of the verdicts (--allow-incomparable keeps them):
            qwen3-coder:30b|ollama|todo-app|blind#1: test version plebdev-0.1.0 → 2.0.0

        Only in A (1):
            functiongemma:latest|ollama|calculator-stateful|blind#1

        Only in B (1):
            olmo-3.1:32b|goose|smoke|blind#2

        group     n   pass@1 A → B        Δ pass@1 [95% CI]  flips ✗/✓  check rate A → B    judge A → B        median wall A → B  tok/s A → B  verdict
        ────────  ─  ─────────────  ───────────────────────  ─────────  ────────────────  ─────────────  ───────────────────────  ───────────  ──────────────────
        all       7  14.3% → 14.3%    0.0 pp [−42.9, +42.9]        1/1     25.5% → 21.4%  33.3% → 33.3%          12.2 s → 12.2 s            –  ? not enough items
        goose     2    0.0% → 0.0%        0.0 pp [0.0, 0.0]        0/0       0.0% → 0.0%    0.0% → 0.0%            5.6 s → 5.6 s            –  ? not enough items
        ollama    3  33.3% → 33.3%  0.0 pp [−100.0, +100.0]        1/1     59.4% → 50.0%  66.7% → 66.7%  1 min 03 s → 1 min 03 s            –  ? not enough items
        opencode  2    0.0% → 0.0%        0.0 pp [0.0, 0.0]        0/0       0.0% → 0.0%    0.0% → 0.0%          17.4 s → 17.4 s            –  ? not enough items

        ? Not enough items to separate A and B: no pass@1 difference is detectable with 7 paired item(s) (80% power at α 0.00625, 2 of 7 items flipped); the observed Δ pass@1 0.0 pp is not a ranking. Compare on more tests or repeats.

        Top regressions (pass flips first)
            glm-4.7-flash:latest|ollama|smoke|blind#1  ✓ PASS → ✗ FAIL · check rate 100.0% → 50.0% (−50.0 pp)

        Top improvements (pass flips first)
            glm-4.7-flash:latest|ollama|calculator-stateful|blind#1  ✗ FAIL → ✓ PASS · check rate 78.3% → 100.0% (+21.7 pp)

        Verdicts: McNemar's exact test on the items whose pass/fail flipped, then a sign-flip test on check-rate differences; Bonferroni over 8 tests at family α 0.05 (each test at 0.00625). Δ intervals: 95% paired bootstrap (normal approximation above 1,000 pairs). flips ✗/✓: pass→fail / fail→pass.
        "
      `);
    });

    it("--markdown prints the same comparison as Markdown", async () => {
      const { out } = await benchloop(
        "compare",
        path.join(cwd, "slice", IMPORTED_ID),
        "20260301T000000Z-00000b",
        "--group-by",
        "none",
        "--markdown",
      );
      expect(out).toMatchInlineSnapshot(`
        "## Compare 20260125T201851Z-fbba6f → 20260301T000000Z-00000b

        matched 8 · compared 7 · only in A 1 · only in B 1 · skipped 0 · not comparable 1

        | group | n | pass@1 A → B | Δ pass@1 [95% CI] | flips ✗/✓ | check rate A → B | judge A → B | median wall A → B | tok/s A → B | verdict |
        |---|---:|---:|---:|---:|---:|---:|---:|---:|---|
        | all | 7 | 14.3% → 14.3% | 0.0 pp [−42.9, +42.9] | 1/1 | 25.5% → 21.4% | 33.3% → 33.3% | 12.2 s → 12.2 s | – | ? not enough items |

        > Not enough items to separate A and B: no pass@1 difference is detectable with 7 paired item(s) (80% power at α 0.025, 2 of 7 items flipped); the observed Δ pass@1 0.0 pp is not a ranking. Compare on more tests or repeats.

        ### Not comparable (1)

        - \`qwen3-coder:30b|ollama|todo-app|blind#1\`: test version plebdev-0.1.0 → 2.0.0

        ### Top regressions

        - \`glm-4.7-flash:latest|ollama|smoke|blind#1\`: ✓ PASS → ✗ FAIL · check rate 100.0% → 50.0% (−50.0 pp)

        ### Top improvements

        - \`glm-4.7-flash:latest|ollama|calculator-stateful|blind#1\`: ✗ FAIL → ✓ PASS · check rate 78.3% → 100.0% (+21.7 pp)

        <sub>Verdicts: McNemar's exact test on the items whose pass/fail flipped, then a sign-flip test on check-rate differences; Bonferroni over 2 tests at family α 0.05 (each test at 0.025). Δ intervals: 95% paired bootstrap (normal approximation above 1,000 pairs). flips ✗/✓: pass→fail / fail→pass.</sub>
        "
      `);
    });

    it("--json is valid JSON and the same on every call", async () => {
      const args = [
        "compare",
        path.join(cwd, "slice", IMPORTED_ID),
        "20260301T000000Z-00000b",
        "--json",
        "--allow-incomparable",
      ];
      const first = await benchloop(...args);
      const second = await benchloop(...args);
      expect(first.out).toBe(second.out);
      const comparison = JSON.parse(first.out);
      expect(comparison.schemaVersion).toBe(1);
      expect(comparison.incomparable).toEqual([
        {
          key: "qwen3-coder:30b|ollama|todo-app|blind#1",
          reasons: ["test version plebdev-0.1.0 → 2.0.0"],
          included: true,
        },
      ]);
      expect(comparison.onlyInA).toEqual(["functiongemma:latest|ollama|calculator-stateful|blind#1"]);
      expect(comparison.onlyInB).toEqual(["olmo-3.1:32b|goose|smoke|blind#2"]);
      expect(comparison.overall.flips).toEqual({ passToFail: 1, failToPass: 1, pValue: 1 });
    });

    it("--filter keeps the matching items of both runs", async () => {
      const { out } = await benchloop(
        "compare",
        path.join(cwd, "slice", IMPORTED_ID),
        "20260301T000000Z-00000b",
        "--filter",
        "harness=goose",
        "--json",
      );
      expect(JSON.parse(out)).toMatchObject({ a: { items: 2 }, b: { items: 3 }, matched: 2 });
    });
  });

  it("--fail-on-regression exits with code 4 when a group regressed beyond noise, and 0 otherwise", async () => {
    const source = {
      run: await readRun(path.join(resultsDir, IMPORTED_ID)),
      plan: await readPlan(path.join(resultsDir, IMPORTED_ID)),
    };
    await writeModifiedRun(source, "20260302T000000Z-00000c", (item) =>
      item.harness === "ollama" && item.status === "passed" ? fail(item, 0.2) : item,
    );
    const regressed = await benchloop(
      "compare",
      IMPORTED_ID,
      "20260302T000000Z-00000c",
      "--group-by",
      "harness",
      "--fail-on-regression",
    );
    expect(regressed.code).toBe(4);
    expect(regressed.out).toMatch(/\nollama +136 .* ▼ regressed\n/);
    expect(regressed.out).toMatch(/\ngoose +136 .* = within noise\n/);
    expect(regressed.err).toBe("✗ Regressed beyond noise: all, ollama (exit code 4, --fail-on-regression)\n");
    const same = await benchloop("compare", IMPORTED_ID, IMPORTED_ID, "--fail-on-regression");
    expect(same.code).toBe(0);
  });

  it("warns when a simulated run is compared with a real one, in the table, Markdown and on stderr with --json", async () => {
    const source = {
      run: await readRun(path.join(resultsDir, IMPORTED_ID)),
      plan: await readPlan(path.join(resultsDir, IMPORTED_ID)),
    };
    const simulatedId = "20260303T000000Z-00000d";
    await writeModifiedRun(
      { ...source, run: { ...source.run, simulated: true } },
      simulatedId,
      (item) => item,
    );
    const warning = `! run B ${simulatedId} is SIMULATED (answered by ollama-sim) and run A ${IMPORTED_ID} is real: the differences compare the simulator with real models and say nothing about either model's change`;
    const table = await benchloop("compare", IMPORTED_ID, simulatedId);
    expect(table.code).toBe(0);
    expect(table.out).toContain(`\n${warning}\n`);
    const markdown = await benchloop("compare", IMPORTED_ID, simulatedId, "--markdown");
    expect(markdown.out).toContain(`> **Warning:** ${warning.slice(2)}`);
    expect(markdown.err).toBe(`${warning}\n`);
    const json = await benchloop("compare", IMPORTED_ID, simulatedId, "--json");
    expect(json.err).toBe(`${warning}\n`);
    expect(JSON.parse(json.out)).toMatchObject({ a: { simulated: false }, b: { simulated: true } });
    const same = await benchloop("compare", IMPORTED_ID, IMPORTED_ID);
    expect(same.out).not.toContain("SIMULATED");
  });

  it("refuses an unknown --group-by dimension with the valid ones", async () => {
    const { code, err } = await benchloop("compare", IMPORTED_ID, IMPORTED_ID, "--group-by", "model,colour");
    expect(code).toBe(1);
    expect(err).toContain('"colour" is not a dimension runs can be grouped by');
    expect(err).toContain("model, harness, test, passType");
  });
});
