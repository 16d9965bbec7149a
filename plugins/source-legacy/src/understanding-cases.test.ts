// The callers (cross-file) and mutation (injected edit) cases: truth from the compiler or by
// construction, known answers that behave, and cheating baselines that pass none.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASELINE_ANSWERERS, type BenchTest, checkKnownAnswers, measureBaselines } from "@benchloop/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLegacyCases } from "./build-cases.js";
import type { LegacyCaseData } from "./case-data.js";
import { CROSS_FILE_PROJECT, writeCrossFileProject } from "./cross-file.test-helper.js";
import { scoreLegacyAnswer } from "./score-legacy.js";

let root: string;
let tests: BenchTest[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "legacy-understanding-"));
  writeCrossFileProject(root);
  tests = (await buildLegacyCases({ config: { roots: [root], kinds: ["callers", "mutation"] }, cwd: "/" }))
    .tests;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function dataOf(test: BenchTest): LegacyCaseData {
  return test.data as LegacyCaseData;
}

const score = async ({
  test,
  passType,
  text,
}: {
  test: BenchTest;
  passType: "blind" | "informed";
  text: string;
}) => scoreLegacyAnswer(dataOf(test), passType, text);

describe("callers cases", () => {
  it("ask who calls cart.ts's total and which files break, with the checker's truth, not a grep's", () => {
    const callers = tests.filter((t) => dataOf(t).kind === "callers");
    expect(callers.map((t) => t.id.replace(/^legacy\/[^/]+\//, ""))).toEqual([
      "src/cart.ts/" + callers[0]!.id.split("/")[4] + "/callers/total",
      "src/cart.ts/" + callers[0]!.id.split("/")[4] + "/impact/total",
    ]);
    const [who, impact] = callers.map(dataOf);
    if (who?.kind !== "callers" || impact?.kind !== "callers") throw new Error("not callers cases");
    expect(callers[0]!.suite).toBe("legacy");
    expect(who.question).toBe("callers");
    expect(who.target).toBe("src/cart.ts:total");
    // The aliased import (`total as cartTotal`) counts; the Stats method and the JS local function do not.
    expect(who.expected.map((e) => e.name)).toEqual([
      "src/checkout.ts:checkout",
      "src/invoice.ts:invoiceDue",
      "src/invoice.ts:renderInvoice",
      "src/report.ts:summarise",
    ]);
    expect(impact.expected.map((e) => e.name)).toEqual([
      "src/checkout.ts",
      "src/invoice.ts",
      "src/report.ts",
    ]);
    // Every file spelling the name is shown, including the ones with same-named functions.
    expect(who.shown).toEqual(
      Object.keys(CROSS_FILE_PROJECT)
        .filter((p) => /\btotal\b/.test(CROSS_FILE_PROJECT[p]!))
        .sort(),
    );
    for (const path of who.shown)
      expect(callers[0]!.prompts.informed).toContain(CROSS_FILE_PROJECT[path]!.trim());
  });

  it("score by F1 of the listed set: spellings with ./, backticks and () count; a grep's answer fails", () => {
    const test = tests.find((t) => t.id.endsWith("/callers/total"))!;
    const data = dataOf(test);
    const good =
      '{"callers": ["./src/invoice.ts:renderInvoice()", "`src/invoice.ts:invoiceDue`", "src/report.ts:summarise", "src/checkout.ts:checkout"]}';
    expect(scoreLegacyAnswer(data, "informed", good).passed).toBe(true);
    const missingOne =
      '{"callers": ["src/invoice.ts:renderInvoice", "src/invoice.ts:invoiceDue", "src/report.ts:summarise"]}';
    expect(scoreLegacyAnswer(data, "informed", missingOne)).toMatchObject({ passed: true });
    const grep = test.knownAnswers!.find((k) => k.expect === "fail")!.answer;
    expect(JSON.parse(grep).callers).toContain("src/dashboard.ts:headline");
    expect(scoreLegacyAnswer(data, "informed", grep).passed).toBe(false);
  });

  it("are built the same way twice", async () => {
    const again = await buildLegacyCases({
      config: { roots: [root], kinds: ["callers", "mutation"] },
      cwd: "/",
    });
    expect(JSON.stringify(again.tests)).toBe(JSON.stringify(tests));
  });
});

describe("mutation cases", () => {
  it("show the file with exactly one line edited inside the named function, numbered", () => {
    const mutations = tests.filter((t) => dataOf(t).kind === "mutation");
    expect(mutations.length).toBeGreaterThanOrEqual(2);
    for (const test of mutations) {
      const data = dataOf(test);
      if (data.kind !== "mutation") throw new Error("not a mutation case");
      const original = CROSS_FILE_PROJECT[data.case.path]!.split("\n");
      const shown = [...test.prompts.blind.matchAll(/^\s*(\d+) \| (.*)$/gm)].map((m) => m[2]!);
      const changed = shown.flatMap((line, i) => (line !== original[i] ? [i + 1] : []));
      expect(changed, test.id).toEqual([data.expected.line]);
      expect(data.functions).toContain(data.expected.function);
      expect(data.functions.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("pass only with the right function and line; a method may be named without its class", () => {
    const test = tests.find((t) => t.id.includes("src/stats.ts"))!;
    const data = dataOf(test);
    if (data.kind !== "mutation") throw new Error("not a mutation case");
    const { function: fn, line } = data.expected;
    expect(scoreLegacyAnswer(data, "informed", JSON.stringify({ function: fn, line })).passed).toBe(true);
    expect(
      scoreLegacyAnswer(data, "blind", `The edit is in \`${fn.split(".").at(-1)}()\`, line ${line}.`).passed,
    ).toBe(true);
    expect(scoreLegacyAnswer(data, "informed", JSON.stringify({ function: fn, line: line + 1 })).passed).toBe(
      false,
    );
    const other = data.functions.find((f) => f !== fn)!;
    expect(scoreLegacyAnswer(data, "informed", JSON.stringify({ function: other, line })).passed).toBe(false);
  });
});

describe("known answers and cheating baselines on the new kinds", () => {
  it("every known-good answer passes and every known-bad one fails", async () => {
    const report = await checkKnownAnswers({ tests, score });
    expect(report.testsMissing).toEqual([]);
    expect(report.mismatches).toEqual([]);
    expect(report.testsWithBoth).toBe(tests.length);
  });

  it("every baseline (empty, refusal, echo, keywords, heuristic grep) passes at most 10 %", async () => {
    const suites = await measureBaselines({ tests, score });
    expect(suites.map((s) => s.suite)).toEqual(["legacy"]);
    const rates = Object.fromEntries(suites[0]!.rates.map((r) => [r.baseline, r.rate]));
    expect(Object.keys(rates).sort()).toEqual(BASELINE_ANSWERERS.map((a) => a.id).sort());
    for (const [baseline, rate] of Object.entries(rates)) expect(rate, baseline).toBeLessThanOrEqual(0.1);
    // The heuristic really answers like a grep: it lists same-named calls, and finds the true callers too.
    const heuristic = BASELINE_ANSWERERS.find((a) => a.id === "heuristic")!;
    const callers = tests.find((t) => t.id.endsWith("/callers/total"))!;
    const grepped = JSON.parse(heuristic.answer(callers, "informed")).callers as string[];
    expect(grepped).toEqual(
      expect.arrayContaining(["src/invoice.ts:renderInvoice", "src/dashboard.ts:headline"]),
    );
    const mutation = tests.find((t) => dataOf(t).kind === "mutation")!;
    expect(JSON.parse(heuristic.answer(mutation, "informed"))).toHaveProperty("line");
  });
});
