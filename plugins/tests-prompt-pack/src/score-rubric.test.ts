import { readFileSync } from "node:fs";
import { BenchloopError, ScoreSchema } from "@benchloop/core";
import { describe, expect, it } from "vitest";
import { type PromptPackTestData, parsePromptPack } from "./parse-prompt-pack.js";
import type { RubricCheckInput } from "./rubric-check.js";
import { scoreRubric } from "./score-rubric.js";

type Case = [name: string, answer: string, passed: boolean];

function expectCases(checks: RubricCheckInput[], cases: Case[]): void {
  for (const [name, answer, passed] of cases) {
    const score = scoreRubric(checks, answer);
    expect(score.passed, `${name}: ${JSON.stringify(score.checks.filter((c) => !c.passed))}`).toBe(passed);
  }
}

const EXTRACTION_JSON = `{"goal": "Benchmark local models under 16GB VRAM, one PR at a time", "constraints": ["16GB VRAM", "one PR at a time", "lightweight runtime assistant"], "risks": ["heavy models slow down coding"], "assumptions": ["ingestion runs outside coding hours"]}`;

describe("scoreRubric checks", () => {
  it("json: reads bare, fenced and prose-wrapped objects; fails prose and keyword stuffing", () => {
    const checks: RubricCheckInput[] = [
      { kind: "json", keys: ["goal", "constraints", "risks", "assumptions"] },
    ];
    expectCases(checks, [
      ["correct bare JSON", EXTRACTION_JSON, true],
      ["fenced JSON", "```json\n" + EXTRACTION_JSON + "\n```", true],
      [
        "JSON inside prose",
        `Sure! Here is the extraction:\n\n${EXTRACTION_JSON}\n\nLet me know if you need more.`,
        true,
      ],
      ["prose before a brace in text", `Use {curly} braces carefully. ${EXTRACTION_JSON}`, true],
      ["sloppy: a key missing", '{"goal": "x", "constraints": [], "risks": []}', false],
      [
        "prose only",
        "The goal is to benchmark models; constraints are VRAM; risks are latency; assumptions are few.",
        false,
      ],
      ["keyword-stuffed", "goal constraints risks assumptions", false],
      ["truncated JSON", '{"goal": "x", "constraints": ["16GB', false],
    ]);
  });

  it("json strict: only the whole answer counts", () => {
    const checks: RubricCheckInput[] = [{ kind: "json", keys: ["tool"], strict: true }];
    expectCases(checks, [
      ["one-line JSON", '{"tool":"ls"}', true],
      ["JSON with surrounding whitespace", '\n  {"tool":"ls"}  \n', true],
      ["fenced JSON", '```json\n{"tool":"ls"}\n```', false],
      ["JSON after a sentence", 'Calling: {"tool":"ls"}', false],
    ]);
  });

  it("json: records where the JSON was found and which keys are missing", () => {
    const score = scoreRubric([{ kind: "json", keys: ["a", "b"] }], 'Result: {"a": 1}');
    expect(score.checks[0]).toEqual({
      name: "json keys a, b",
      passed: false,
      weight: 1,
      expected: { object: true, keys: ["a", "b"], strict: false },
      actual: { found: "embedded", keys: ["a"], missing: ["b"] },
      error: "missing keys: b",
    });
  });

  it("json-schema: validates types, enums, sizes and extra properties", () => {
    const checks: RubricCheckInput[] = [
      {
        kind: "json-schema",
        schema: {
          type: "object",
          required: ["risks", "go"],
          additionalProperties: false,
          properties: {
            go: { type: "boolean" },
            risks: {
              type: "array",
              minItems: 2,
              items: {
                type: "object",
                required: ["risk", "impact"],
                properties: { risk: { type: "string", minLength: 5 }, impact: { enum: ["low", "high"] } },
              },
            },
          },
        },
      },
    ];
    const good =
      '{"go": false, "risks": [{"risk": "VRAM too small", "impact": "high"}, {"risk": "Friday release", "impact": "low"}]}';
    expectCases(checks, [
      ["correct", good, true],
      ["fenced correct", "```json\n" + good + "\n```", true],
      [
        "sloppy: wrong enum",
        '{"go": false, "risks": [{"risk": "VRAM too small", "impact": "huge"}, {"risk": "Friday release", "impact": "low"}]}',
        false,
      ],
      [
        "sloppy: too few items",
        '{"go": false, "risks": [{"risk": "VRAM too small", "impact": "high"}]}',
        false,
      ],
      [
        "sloppy: extra property",
        '{"go": false, "notes": "", "risks": [{"risk": "VRAM too small", "impact": "high"}, {"risk": "Friday release", "impact": "low"}]}',
        false,
      ],
      [
        "sloppy: string instead of boolean",
        '{"go": "no", "risks": [{"risk": "VRAM too small", "impact": "high"}, {"risk": "Friday release", "impact": "low"}]}',
        false,
      ],
      ["prose", "There are two risks: VRAM and Friday. Do not go.", false],
    ]);
    const score = scoreRubric(checks, '{"go": false, "risks": [{"risk": "VRAM", "impact": "huge"}]}');
    expect(score.checks[0]?.actual).toEqual({
      found: "whole",
      errors: [
        "risks: 1 items, at least 2 required",
        "risks[0].risk: 4 characters, at least 5 required",
        'risks[0].impact: "huge" is not one of "low", "high"',
      ],
    });
  });

  it("contains: one check per value, case-insensitive substrings by default", () => {
    const score = scoreRubric(
      [{ kind: "contains", values: ["root cause", "validation", "test"] }],
      "Root Cause: overlap >= size. Validation rule: overlap < size. Tests: overlap=size raises.",
    );
    expect(score.checks.map((c) => [c.name, c.passed])).toEqual([
      ['contains "root cause"', true],
      ['contains "validation"', true],
      ['contains "test"', true],
    ]);
    expect(
      scoreRubric([{ kind: "contains", values: ["root cause", "test"] }], "The fix is to validate the input.")
        .value,
    ).toBe(0);
  });

  it("contains wholeWord and caseSensitive: word boundaries and exact case", () => {
    expectCases(
      [{ kind: "contains", values: ["test"], wholeWord: true }],
      [
        ["whole word", "Add one test for overlap.", true],
        ["at the end", "Add a TEST", true],
        ["only inside a longer word", "Run the tests and the latest build.", false],
      ],
    );
    expectCases(
      [{ kind: "contains", values: ["C++"], wholeWord: true }],
      [["a value ending in symbols", "Port it to C++ later.", true]],
    );
    expectCases(
      [{ kind: "contains", values: ["ValueError"], caseSensitive: true }],
      [
        ["exact case", "raise ValueError('bad')", true],
        ["other case", "raise valueerror", false],
      ],
    );
  });

  it("contains any: one check passing on any value", () => {
    const score = scoreRubric(
      [{ kind: "contains", values: ["rollback", "revert"], any: true }],
      "We can revert in one command.",
    );
    expect(score.checks).toHaveLength(1);
    expect(score.checks[0]).toMatchObject({ passed: true, actual: { found: "revert" } });
  });

  it("not-contains: fails when a forbidden value occurs, with where it was found", () => {
    expectCases(
      [{ kind: "not-contains", values: ["--hard"] }],
      [
        ["correct", "git reset --soft HEAD~1", true],
        ["sloppy", "git reset --hard HEAD~1", false],
      ],
    );
    const score = scoreRubric(
      [{ kind: "not-contains", values: ["sudo"], wholeWord: true }],
      "Run sudo rm -rf /tmp/x; pseudocode is fine.",
    );
    expect(score.checks[0]).toMatchObject({ passed: false, actual: { found: true, at: 4 } });
    expect(
      scoreRubric([{ kind: "not-contains", values: ["sudo"], wholeWord: true }], "This is pseudocode.")
        .passed,
    ).toBe(true);
  });

  it("regex: flags and negate", () => {
    expectCases(
      [{ kind: "regex", pattern: "^\\s*429\\s*$" }],
      [
        ["correct", "429\n", true],
        ["prose", "The status is 429 Too Many Requests.", false],
      ],
    );
    expectCases(
      [{ kind: "regex", pattern: "^## Risks$", flags: "mi" }],
      [["heading on a later line", "Intro\n\n## risks\n- one", true]],
    );
    expectCases(
      [{ kind: "regex", pattern: "rename column", flags: "i", negate: true }],
      [
        ["avoids it", "Add a column, backfill, switch reads.", true],
        ["does it", "ALTER TABLE users RENAME COLUMN a TO b;", false],
      ],
    );
  });

  it("line-count: counts non-empty lines only", () => {
    const five =
      "- Add profile-aware gates\n- Finish matrix benchmarking\n\n- Keep PR hygiene strict\n- Verify routing\n- Audit events";
    expectCases(
      [{ kind: "line-count", exact: 5 }],
      [
        ["five items with a blank line", five, true],
        ["sloppy: an intro line", `Here are the action items:\n${five}`, false],
        [
          "prose paragraph",
          "We should add gates, finish benchmarking, keep hygiene, verify routing and audit events.",
          false,
        ],
      ],
    );
    const score = scoreRubric([{ kind: "line-count", min: 2, max: 3 }], "a\nb\nc\nd");
    expect(score.checks[0]).toMatchObject({ name: "line-count 2..3", passed: false, actual: 4 });
  });

  it("word-count: min and max", () => {
    expectCases(
      [{ kind: "word-count", min: 5, max: 8 }],
      [
        ["in range", "Use the low-latency model for runtime.", true],
        ["too short", "Use xlam.", false],
        ["too long", "Use the low latency helper model for runtime and the big one for ingestion.", false],
      ],
    );
    expect(scoreRubric([{ kind: "word-count", min: 3 }], "- a\n- b").checks[0]?.actual).toBe(2);
  });

  it("code: fenced blocks or code-like lines pass; prose and keyword stuffing fail", () => {
    const python =
      "def p95(values):\n    if not values:\n        return 0.0\n    ordered = sorted(values)\n    return ordered[int(0.95 * (len(ordered) - 1))]";
    expectCases(
      [{ kind: "code" }],
      [
        ["fenced", "```python\n" + python + "\n```", true],
        ["bare code", python, true],
        ["fence never closed (truncated answer)", "```python\n" + python, true],
        ["one-line shell command", "find /var/log -name '*.log' -size +100M -type f;", true],
        [
          "bare SQL",
          "select name, sum(total) as spend\nfrom customers\nwhere year = 2024\ngroup by name\norder by spend desc\nlimit 5",
          true,
        ],
        [
          "prose",
          "To compute the p95, sort the list and take the value at 95% of its length. Return 0 for empty lists.",
          false,
        ],
        ["keyword-stuffed", "def return", false],
        ["an empty fence", "```\n```", false],
      ],
    );
  });

  it("code with a language: fences of another language fail, untagged fences pass", () => {
    expectCases(
      [{ kind: "code", language: "python" }],
      [
        ["py alias", "```py\nprint(1)\n```", true],
        ["untagged", "```\nprint(1)\n```", true],
        ["another language", "```js\nconsole.log(1);\n```", false],
      ],
    );
  });

  it("non-empty: whitespace and thinking alone are empty", () => {
    expectCases(
      [{ kind: "non-empty" }],
      [
        ["text", "ok", true],
        ["whitespace", " \n\t ", false],
        ["only thinking", "<think>the user wants…</think>\n", false],
      ],
    );
  });
});

describe("scoreRubric score", () => {
  it("is the weighted mean of the checks and passes only when every check passes", () => {
    const checks: RubricCheckInput[] = [
      { kind: "non-empty" },
      { kind: "contains", values: ["latency"], weight: 2 },
      { kind: "word-count", min: 50, weight: 3 },
    ];
    const score = scoreRubric(checks, "Policy 2 wins on latency.");
    expect(score).toMatchObject({ scorer: "rubric", scorerVersion: "2", passed: false, value: 0.5 });
    expect(score.checks.map((c) => c.weight)).toEqual([1, 2, 3]);
    expect(ScoreSchema.parse(score)).toEqual(score);
  });

  it("fails on a weight-0 check without lowering the value", () => {
    const score = scoreRubric(
      [{ kind: "non-empty" }, { kind: "contains", values: ["bonus"], weight: 0 }],
      "answer",
    );
    expect(score).toMatchObject({ passed: false, value: 1 });
  });

  it("checks the answer after removing <think> blocks", () => {
    const score = scoreRubric(
      [{ kind: "regex", pattern: "^429$" }],
      "<think>Too many requests is 429, not 503.</think>\n429",
    );
    expect(score.passed).toBe(true);
  });

  it("refuses invalid check definitions with every problem and its path", () => {
    const call = () =>
      scoreRubric([{ kind: "regex", pattern: "(" }, { kind: "line-count" }] as RubricCheckInput[], "x");
    expect(call).toThrow(BenchloopError);
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({ code: "ARGUMENT_INVALID", location: { path: "checks[0].pattern" } });
      expect((error as BenchloopError).message).toContain(
        "checks[1]: a line-count check needs exact, min or max",
      );
    }
  });

  it("scores real Muninn answers: a correct one passes, a sloppy one does not", () => {
    const text = readFileSync(
      new URL("../test/fixtures/muninn/ollama_benchmark_prompts.jsonl", import.meta.url),
      "utf8",
    );
    const tests = parsePromptPack(text, "ollama_benchmark_prompts.jsonl").tests;
    const checksOf = (lineId: string) =>
      (tests.find((t) => t.id.endsWith(`/${lineId}`))?.data as PromptPackTestData | undefined)?.checks ?? [];

    expect(scoreRubric(checksOf("extraction_schema"), EXTRACTION_JSON).passed).toBe(true);
    expect(
      scoreRubric(checksOf("extraction_schema"), "goal: benchmark. constraints: VRAM. risks: latency.")
        .passed,
    ).toBe(false);

    const code =
      "```python\ndef p95(latencies_ms):\n    if not latencies_ms:\n        return 0.0\n    ordered = sorted(latencies_ms)\n    index = max(0, int(round(0.95 * len(ordered))) - 1)\n    return float(ordered[index])\n```";
    expect(scoreRubric(checksOf("code_reasoning"), code).passed).toBe(true);
    expect(
      scoreRubric(
        checksOf("code_reasoning"),
        "You could define a function that sorts and returns the 95th value.",
      ).passed,
    ).toBe(false);

    const summary =
      "1. Keep PR hygiene strict for every change\n2. Verify the implemented profile routing\n3. Review the existing audit events\n4. Add profile-aware gates to the benchmark corpus\n5. Finish local model matrix benchmarking";
    expect(scoreRubric(checksOf("compression_summary"), summary).passed).toBe(true);
    expect(scoreRubric(checksOf("compression_summary"), "Action items:\n" + summary).passed).toBe(false);
  });
});
