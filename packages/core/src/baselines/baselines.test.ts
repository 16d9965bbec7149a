// Baselines are measured per suite with the test's own scoring, and known answers that misbehave are
// listed with the checks that decided.
import { describe, expect, it } from "vitest";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Score } from "../score/score.js";
import { BASELINE_ANSWERERS, keywordsOf } from "./baseline-answerers.js";
import { checkKnownAnswers } from "./check-known-answers.js";
import { measureBaselines, type ScoreAnswer } from "./measure-baselines.js";

function test(
  id: string,
  suite: string,
  data: unknown,
  prompt = "Answer with only the number: 6 * 7?",
): BenchTest {
  return {
    id,
    version: "1",
    source: "fixture",
    suite,
    contentHash: id,
    prompts: { blind: prompt, informed: prompt },
    scorer: "substring",
    tags: [],
    data,
  };
}

/** Passes when the answer contains every `values` string of the test's data, and throws on "boom". */
const containsAll: ScoreAnswer = async ({ test: t, text }) => {
  if (text === "boom") throw new Error("scorer broke");
  const values = ((t.data as { values?: string[] }).values ?? []) as string[];
  const checks = values.map((v) => ({ name: `contains ${v}`, passed: text.includes(v) }));
  const passed = checks.every((c) => c.passed);
  return { scorer: "substring", scorerVersion: "1", passed, value: passed ? 1 : 0, checks } satisfies Score;
};

describe("baseline answerers", () => {
  it("take keywords from what the checks name, never from the reference answer", () => {
    const t = test("a", "s", {
      values: ["alpha", "beta"],
      reference: "secret answer",
      checks: [{ keys: ["k"] }],
    });
    expect(keywordsOf(t).sort()).toEqual(["alpha", "beta", "k"]);
    const keywords = BASELINE_ANSWERERS.find((a) => a.id === "keywords");
    expect(keywords?.answer(t, "blind")).not.toContain("secret");
  });

  it("pick the choice whose words the question shares, like a script would", () => {
    const heuristic = BASELINE_ANSWERERS.find((a) => a.id === "heuristic");
    const prompt =
      "Which file parses the invoice totals?\nA) renders charts\nB) parses invoice totals\nC) sends mail";
    expect(heuristic?.answer(test("m", "s", {}, prompt), "blind")).toBe("B");
  });
});

describe("heuristic baseline on the legacy understanding kinds", () => {
  const heuristic = BASELINE_ANSWERERS.find((a) => a.id === "heuristic")!;
  const fence = "```";
  const files = [
    [
      "src/cart.ts",
      "export function total(lines) {\n  return 1;\n}\nexport function report(lines) {\n  return total(lines);\n}",
    ],
    [
      "src/stats.ts",
      "export class Stats {\n  total() {\n    return 0;\n  }\n  mean() {\n    return this.total() / 2;\n  }\n}",
    ],
  ]
    .map(([path, code]) => `\`${path}\`:\n\n${fence}typescript\n${code}\n${fence}\n`)
    .join("\n");

  it("answers a callers question by grepping for calls spelling the name", () => {
    const prompt = `Here are the files:\n\n${files}\nWhich functions call the function \`total\` defined in \`src/cart.ts\`?`;
    expect(JSON.parse(heuristic.answer(test("c", "legacy", {}, prompt), "blind"))).toEqual({
      callers: ["src/cart.ts:report", "src/stats.ts:Stats.mean"],
    });
    const impact = `Here are the files:\n\n${files}\nIf the signature of the function \`total\` defined in \`src/cart.ts\` changes, which files hold calls of it that must then change?`;
    expect(JSON.parse(heuristic.answer(test("i", "legacy", {}, impact), "blind"))).toEqual({
      files: ["src/cart.ts", "src/stats.ts"],
    });
  });

  it("answers a mutation question with the function above the first comparison", () => {
    const prompt = `Here is the file:\n\n${fence}\n1 | function a(x) {\n2 |   return x + 1;\n3 | }\n4 | function b(x) {\n5 |   return x > 2;\n6 | }\n${fence}\n\nOne small edit was made. Which function's behaviour changed, and on which line is the edit?`;
    expect(JSON.parse(heuristic.answer(test("m", "legacy", {}, prompt), "blind"))).toEqual({
      function: "b",
      line: 5,
    });
  });
});

describe("measureBaselines", () => {
  it("reports each baseline's pass rate per suite and which items it passed", async () => {
    const tests = [test("stuffable", "easy", { values: ["42"] }), test("hard", "hard", { checks: [] })];
    const suites = await measureBaselines({
      tests,
      score: async (input) =>
        input.test.id === "hard"
          ? { scorer: "x", scorerVersion: "1", passed: false, value: 0, checks: [] }
          : containsAll(input),
    });
    expect(suites.map((s) => s.suite)).toEqual(["easy", "hard"]);
    const easy = suites[0];
    const keywords = easy?.rates.find((r) => r.baseline === "keywords");
    expect(keywords).toMatchObject({ passed: 2, total: 2, rate: 1 });
    expect(keywords?.passedItems).toEqual(["stuffable (blind)", "stuffable (informed)"]);
    expect(easy?.rates.find((r) => r.baseline === "empty")?.rate).toBe(0);
    // "6 * 7" holds 6 and 7, not 42: the heuristic's first number is 6.
    expect(easy?.rates.find((r) => r.baseline === "heuristic")?.rate).toBe(0);
    expect(easy?.worst).toBe(1);
    expect(suites[1]?.worst).toBe(0);
  });
});

describe("checkKnownAnswers", () => {
  it("lists a correct answer a check rejects and a wrong answer that passes, and tests lacking a pair", async () => {
    const t = test("pair", "s", { values: ["429"] });
    t.knownAnswers = [
      { expect: "pass", answer: "429" },
      { expect: "pass", answer: "Too Many Requests", label: "written differently", passType: "informed" },
      { expect: "fail", answer: "status 429 or 503" },
      { expect: "fail", answer: "boom" },
    ];
    const report = await checkKnownAnswers({
      tests: [t, test("lonely", "s", { values: ["x"] })],
      score: containsAll,
    });
    expect(report.checked).toBe(7);
    expect(report.testsWithBoth).toBe(1);
    expect(report.testsMissing).toEqual(["lonely"]);
    expect(report.mismatches.map((m) => [m.passType, m.expect, m.label, m.reason])).toEqual([
      ["informed", "pass", "written differently", "contains 429"],
      ["blind", "fail", undefined, "passed every check"],
      ["informed", "fail", undefined, "passed every check"],
    ]);
  });
});
