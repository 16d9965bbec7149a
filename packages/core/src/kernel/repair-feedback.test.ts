import { describe, expect, it } from "vitest";
import type { BenchTest } from "../plugin/bench-test.js";
import type { Score } from "../score/score.js";
import { buildRepairFeedback } from "./repair-feedback.js";

const codeTest = { scorer: "code" } as BenchTest;
const rubricTest = { scorer: "rubric" } as BenchTest;

function score(checks: Score["checks"], failure?: Score["failure"]): Score {
  return {
    scorer: "code",
    scorerVersion: "1",
    passed: false,
    value: 0,
    checks,
    ...(failure ? { failure } : {}),
  };
}

describe("buildRepairFeedback", () => {
  it("lists each failing check with what it expected, what it got and its error, then asks for the whole module", () => {
    const { text, truncated } = buildRepairFeedback(
      codeTest,
      score([
        { name: "adds two numbers", passed: false, expected: 5, actual: -1 },
        { name: "adds zero", passed: true, expected: 2, actual: 2 },
        { name: "rejects strings", passed: false, error: "TypeError: a.trim is not a function\n    at add" },
      ]),
      4096,
    );
    expect(truncated).toBe(false);
    expect(text).toBe(
      [
        "Your answer failed 2 of 3 checks:",
        "",
        "✗ adds two numbers",
        "  expected: 5",
        "  actual:   -1",
        "",
        "✗ rejects strings",
        "  error:    TypeError: a.trim is not a function at add",
        "",
        "Fix the code. Reply with the complete corrected module (every export, in one fenced code block), not a diff.",
        "",
      ].join("\n"),
    );
  });

  it("says why an answer could not be checked, and asks a rubric test for a corrected answer", () => {
    const { text } = buildRepairFeedback(
      rubricTest,
      score([], {
        type: "extraction",
        message: "the answer has no code block",
        retryable: false,
      } as Score["failure"] & {}),
      4096,
    );
    expect(text).toContain("Your answer could not be checked (extraction): the answer has no code block");
    expect(text).toContain("Reply with a corrected answer");
  });

  it("cuts a long report to its byte budget, dropping whole checks and counting them", () => {
    const checks = Array.from({ length: 200 }, (_, i) => ({
      name: `case ${i}`,
      passed: false,
      expected: "x".repeat(300),
      actual: "y".repeat(300),
    }));
    const { text, truncated } = buildRepairFeedback(codeTest, score(checks), 4096);
    expect(truncated).toBe(true);
    expect(Buffer.byteLength(text, "utf8")).toBeLessThanOrEqual(4096);
    const shown = text.match(/^✗ case /gm)!.length;
    expect(shown).toBeGreaterThan(2);
    expect(text).toContain(`… ${200 - shown} more failing checks not shown`);
    expect(text.trimEnd().endsWith("not a diff.")).toBe(true);
  });
});
